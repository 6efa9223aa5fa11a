/**
 * The written structure of one Vietnamese syllable, written for this project:
 *
 *   syllable = initial? + rhyme (medial? + nucleus + final?) + tone
 *
 * `analyseSyllable` splits a word into its toneless letters ("base"), its tone
 * and the letter that carries the tone mark, then checks the spelling rules a
 * Vietnamese reader applies without thinking:
 *
 * - the initial is one of b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s
 *   t th tr v x (or none);
 * - k, gh and ngh stand only before i, e, ê (and k before y); c, g and ng never
 *   do; /kw/ is written qu, never c + o/u;
 * - the rhyme is one of the rhymes of the language (`RHYMES`);
 * - a rhyme closed by p, t, c or ch takes only the sắc or nặng tone ("bác",
 *   "bạc", never "bàc");
 * - the tone mark sits on the main vowel; in the open rhymes oa, oe, uy both
 *   placements are accepted (hòa and hoà, thủy and thuỷ).
 *
 * It knows nothing about which syllables the language actually uses; that is
 * `attested-syllables.ts`.
 */

/** 0 ngang (no mark), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONE_NAMES: readonly string[] = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'];

/** The combining mark of each tone (index = tone); ngang has none. */
const TONE_MARK_OF: readonly string[] = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_OF_MARK = new Map<string, Tone>([
  ['\u0300', 1],
  ['\u0301', 2],
  ['\u0309', 3],
  ['\u0303', 4],
  ['\u0323', 5],
]);

/** Letters a Vietnamese word may use, tone marks removed (f, j, w, z are foreign). */
const VIETNAMESE_BASE_LETTERS = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');
/** The letters that only Vietnamese spelling has (besides tone marks). */
const VIETNAMESE_SPECIFIC = /[ăâđêôơư]/;
const VOWELS = new Set('aăâeêioôơuưy');

/** Initials, longest first so that "ngh" wins over "ng" and "n". */
export const INITIALS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

const STOP_FINALS = /(?:ch|[ptc])$/;

/**
 * Every written rhyme that may follow a consonant initial other than qu.
 * Rhymes that begin with yê are written only with no initial; iê only after one.
 */
const RHYMES_LIST = [
  // a ă â
  'a', 'ac', 'ach', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ap', 'at', 'au', 'ay',
  'ăc', 'ăm', 'ăn', 'ăng', 'ăp', 'ăt',
  'âc', 'âm', 'ân', 'âng', 'âp', 'ât', 'âu', 'ây',
  // e ê
  'e', 'ec', 'em', 'en', 'eng', 'eo', 'ep', 'et',
  'ê', 'êch', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êu',
  // i iê y
  'i', 'ia', 'ich', 'im', 'in', 'inh', 'ip', 'it', 'iu',
  'iêc', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêu',
  'y',
  // o ô ơ
  'o', 'oc', 'oi', 'om', 'on', 'ong', 'op', 'ot', 'ooc', 'oong',
  'ô', 'ôc', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  // u uô ư ươ
  'u', 'ua', 'uc', 'ui', 'um', 'un', 'ung', 'up', 'ut',
  'uôc', 'uôi', 'uôm', 'uôn', 'uông', 'uôt',
  'ư', 'ưa', 'ưc', 'ưi', 'ưm', 'ưn', 'ưng', 'ưt', 'ưu',
  'ươc', 'ươi', 'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươu',
  // medial o
  'oa', 'oac', 'oach', 'oai', 'oam', 'oan', 'oang', 'oanh', 'oao', 'oap', 'oat', 'oay',
  'oăc', 'oăm', 'oăn', 'oăng', 'oăt',
  'oe', 'oen', 'oeo', 'oet',
  // medial u
  'uân', 'uâng', 'uât', 'uây',
  'uê', 'uêch', 'uênh',
  'uơ',
  'uy', 'uya', 'uych', 'uynh', 'uyt', 'uyu', 'uyên', 'uyêt',
];

/** Rhymes written only with no initial consonant ("yêu", "yên"). */
const RHYMES_WITHOUT_INITIAL = ['yêm', 'yên', 'yêt', 'yêu'];

/** What may follow qu (the u of qu is the medial): "qua", "quân", "quyết", "quốc". */
const RHYMES_AFTER_QU_LIST = [
  'a', 'ac', 'ach', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ap', 'at', 'au', 'ay',
  'ăc', 'ăm', 'ăn', 'ăng', 'ăt',
  'ân', 'âng', 'ât', 'ây',
  'e', 'en', 'eo', 'et',
  'ê', 'êch', 'ên', 'ênh', 'êt',
  'i', 'y', 'ych', 'ynh', 'yt', 'yên', 'yêt',
  'ôc',
  'ơ',
];

const RHYMES = new Set(RHYMES_LIST);
const RHYMES_NO_INITIAL = new Set([...RHYMES_LIST.filter((rhyme) => !rhyme.startsWith('iê')), ...RHYMES_WITHOUT_INITIAL]);
const RHYMES_AFTER_QU = new Set(RHYMES_AFTER_QU_LIST);

/** Rhymes that begin with a medial o/u, which after /k/ must be spelled qu. */
const MEDIAL_RHYME = /^(?:o[aăe]|u[âêơy])/;

/**
 * initial + 1–3 vowels + a final consonant a Vietnamese syllable can end in.
 * Words of this shape are written in Vietnamese letters; anything else
 * ("Mátxcơva", "Đắk", "André") is a foreign or minority-language name.
 */
const SHAPE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export interface DecomposedWord {
  /** Lower-case letters without the tone mark, NFC ("đên" for "Đển"). */
  base: string;
  tone: Tone;
  /** Index (in code points of `base`) of the letter that carries the tone mark, -1 for ngang. */
  toneIndex: number;
}

/**
 * Splits a word into toneless letters and tone. Undefined when the word has
 * letters outside the Vietnamese alphabet, marks that do not combine into a
 * Vietnamese letter, or more than one tone mark (those are foreign words or
 * Unicode damage, another rule's business).
 */
export function decompose(word: string): DecomposedWord | undefined {
  let base = '';
  let tone: Tone = 0;
  let toneIndex = -1;
  let index = 0;
  for (const char of word.normalize('NFC').toLowerCase()) {
    const parts = [...char.normalize('NFD')];
    const letter = parts[0];
    let quality = '';
    for (const mark of parts.slice(1)) {
      const markTone = TONE_OF_MARK.get(mark);
      if (markTone !== undefined) {
        if (toneIndex !== -1) return undefined;
        tone = markTone;
        toneIndex = index;
      } else if (quality === '' && '\u0306\u0302\u031B'.includes(mark)) {
        quality = mark;
      } else {
        return undefined;
      }
    }
    const composed = (letter + quality).normalize('NFC');
    if (composed.length !== 1 || !VIETNAMESE_BASE_LETTERS.has(composed)) return undefined;
    if (toneIndex === index && !VOWELS.has(composed)) return undefined;
    base += composed;
    index += 1;
  }
  return base === '' ? undefined : { base, tone, toneIndex };
}

/** Puts `tone` on the letter at `index` of a toneless base. */
export function withTone(base: string, tone: Tone, index: number): string {
  if (tone === 0) return base;
  const letters = [...base];
  letters[index] = (letters[index] + TONE_MARK_OF[tone]).normalize('NFC');
  return letters.join('');
}

/**
 * Puts `tone` where it belongs in a toneless base; in open oa/oe/uy it goes on
 * the o/u unless `markOnSecond` asks for the a/e/y placement.
 */
export function placeTone(base: string, tone: Tone, markOnSecond = false): string {
  if (tone === 0) return base;
  const { rhyme, rhymeStart } = splitSyllable(base);
  const positions = toneMarkPositions(rhyme);
  const position = markOnSecond ? positions[positions.length - 1] : positions[0];
  return withTone(base, tone, rhymeStart + position);
}

export interface SyllableParts {
  initial: string;
  /** The written rhyme; for "gì", "gìn" the i of gi is shared and counted here ("i", "in"). */
  rhyme: string;
  /** Code-point index in the base where `rhyme` starts. */
  rhymeStart: number;
}

/** Splits a toneless base into initial and rhyme (no validity check). */
export function splitSyllable(base: string): SyllableParts {
  // "gi" alone is a syllable ("gì"); every other initial needs a vowel after it.
  const initial = base === 'gi' ? 'gi' : (INITIALS.find((candidate) => base.startsWith(candidate) && base.length > candidate.length) ?? '');
  if (initial === 'gi') {
    const rest = base.slice(2);
    // "gì", "gìn": the i is both part of gi and the vowel; "giếng": gi + iêng with one i written.
    if (!VOWELS.has(rest[0]) || rest.startsWith('ê')) return { initial, rhyme: 'i' + rest, rhymeStart: 1 };
    return { initial, rhyme: rest, rhymeStart: 2 };
  }
  return { initial, rhyme: base.slice(initial.length), rhymeStart: initial.length };
}

export type SyllableProblem =
  /** Not initial + vowels + final at all: a foreign word, or letters run together. */
  | { kind: 'shape' }
  /** c/k, g/gh, ng/ngh or c + medial where qu is needed; `expected` is the respelled base. */
  | { kind: 'spelling'; expected: string }
  /** The vowels and final do not make a Vietnamese rhyme ("uơi", "iêu" with no initial). */
  | { kind: 'rhyme' }
  /** A p/t/c/ch final with a tone other than sắc or nặng ("bàc"). */
  | { kind: 'stop-tone' }
  /** The tone mark sits on the wrong letter ("hòan" for "hoàn"); `expected` has it in place. */
  | { kind: 'tone-position'; expected: string };

export interface SyllableAnalysis extends DecomposedWord, SyllableParts {
  /** Initial + vowels + final: written like a Vietnamese syllable, well-formed or not. */
  shaped: boolean;
  problem: SyllableProblem | undefined;
}

/** Decomposes and checks one word; undefined when it is not written in Vietnamese letters at all. */
export function analyseSyllable(word: string): SyllableAnalysis | undefined {
  const decomposed = decompose(word);
  if (!decomposed) return undefined;
  const { base } = decomposed;
  const parts = splitSyllable(base);
  const shaped = SHAPE.test(base);
  return { ...decomposed, ...parts, shaped, problem: shaped ? findProblem(decomposed, parts) : { kind: 'shape' } };
}

function findProblem({ base, tone, toneIndex }: DecomposedWord, { initial, rhyme, rhymeStart }: SyllableParts): SyllableProblem | undefined {
  const spelling = spellingProblem(initial, rhyme);
  if (spelling) return { kind: 'spelling', expected: placeTone(spelling, tone) };
  const valid = initial === 'qu' ? RHYMES_AFTER_QU : initial === '' ? RHYMES_NO_INITIAL : RHYMES;
  if (!valid.has(rhyme)) return { kind: 'rhyme' };
  if (STOP_FINALS.test(rhyme) && tone !== 2 && tone !== 5) return { kind: 'stop-tone' };
  if (tone !== 0) {
    const allowed = toneMarkPositions(rhyme).map((position) => position + rhymeStart);
    if (!allowed.includes(toneIndex)) return { kind: 'tone-position', expected: withTone(base, tone, allowed[0]) };
  }
  return undefined;
}

/** The respelled base when the initial breaks the c/k/q, g/gh or ng/ngh rule; undefined when it is right. */
function spellingProblem(initial: string, rhyme: string): string | undefined {
  const front = /^[ieêy]/.test(rhyme);
  const frontNoY = /^[ieê]/.test(rhyme);
  switch (initial) {
    case 'c':
      if (front) return 'k' + rhyme;
      if (MEDIAL_RHYME.test(rhyme)) return 'qu' + rhyme.slice(1);
      return undefined;
    case 'k':
      return front ? undefined : MEDIAL_RHYME.test(rhyme) ? 'qu' + rhyme.slice(1) : 'c' + rhyme;
    case 'g':
      return frontNoY ? 'gh' + rhyme : undefined;
    case 'gh':
      return frontNoY ? undefined : 'g' + rhyme;
    case 'ng':
      return frontNoY ? 'ngh' + rhyme : undefined;
    case 'ngh':
      return frontNoY ? undefined : 'ng' + rhyme;
    default:
      return undefined;
  }
}

const QUALITY_VOWELS = new Set('ăâêôơư');

/**
 * Where the tone mark may go, as indices into the written rhyme. The mark sits
 * on the main vowel: the vowel with a diacritic if there is one (the last one:
 * ươ → ơ), the last vowel before a final consonant (hoàn, thuyền), the first
 * vowel of a falling diphthong (mái, mùa, mía), the middle one of oai/oay/uyu.
 * Open oa, oe, uy allow both (hòa/hoà, khỏe/khoẻ, thủy/thuỷ).
 */
export function toneMarkPositions(rhyme: string): number[] {
  const letters = [...rhyme];
  let vowelCount = 0;
  while (vowelCount < letters.length && VOWELS.has(letters[vowelCount])) vowelCount += 1;
  const hasFinalConsonant = vowelCount < letters.length;
  let lastQuality = -1;
  for (let index = 0; index < vowelCount; index += 1) if (QUALITY_VOWELS.has(letters[index])) lastQuality = index;
  if (lastQuality !== -1) return [lastQuality];
  if (hasFinalConsonant || vowelCount === 1) return [vowelCount - 1];
  const vowels = letters.slice(0, vowelCount).join('');
  if (vowels === 'oa' || vowels === 'oe' || vowels === 'uy') return [0, 1];
  return vowelCount === 3 ? [1] : [0];
}

/**
 * True for a word written in the Vietnamese alphabet that carries a mark only
 * Vietnamese spelling uses: ă â đ ê ô ơ ư or a tone mark. This is what the
 * `syllable` rule measures its flag rate against.
 */
export function isVietnameseLooking(word: string): boolean {
  const decomposed = decompose(word);
  return decomposed !== undefined && (decomposed.tone !== 0 || VIETNAMESE_SPECIFIC.test(decomposed.base));
}

/** The word has ă â đ ê ô ơ ư (not counting tone marks). */
export function hasVietnameseLetter(base: string): boolean {
  return VIETNAMESE_SPECIFIC.test(base);
}
