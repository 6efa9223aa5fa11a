/**
 * Vietnamese syllables as the rules meet them in a document: read a written
 * word as initial + rhyme + tone, tell where its tone mark sits and where it
 * may sit, and rewrite it with the mark elsewhere, keeping the writer's
 * capitals ("HÒA" → "HOÀ", "Thủy" → "Thuỷ").
 *
 * The spelling model (initials, rhymes, c/k and g/gh, which vowel is the main
 * one) is `syllable-structure.ts`; this module adds what rules that move or
 * compare marks need on top of it. Every function takes one word in NFC
 * (precomposed letters, one UTF-16 unit per letter, which all Vietnamese
 * letters are), so an index into the word is an index into the document.
 *
 * Exports:
 * - `readSyllable(word)`: initial, rhyme, tone, where the mark is and may be.
 * - `isWellFormedSyllable(word)`: a Vietnamese syllable by the spelling rules.
 * - `toneOfMark(mark)`, `TONE_MARKS`: combining marks ↔ tones.
 * - `setTone(word, tone)`: the word with `tone` put in its place.
 * - `moveToneMark(word, index)`, `correctTonePosition(word)`: move the mark.
 * - `tonePlacementOf(word)`, `withTonePlacement(word, placement)`: the two
 *   placements of open oa/oe/uy (hòa/hoà, khỏe/khoẻ, thủy/thuỷ).
 * - `iyVariant(word)`: the i/y spelling pairs (kĩ/kỹ, lí/lý, quí/quý).
 * - `matchCase(model, text)`: `text` with the capitals of `model`.
 */
import { analyseSyllable, toneMarkPositions, withTone, type SyllableProblem, type Tone } from './syllable-structure.js';
import { detached } from './detached.js';

export type { Tone } from './syllable-structure.js';
export { TONE_NAMES } from './syllable-structure.js';

/** The combining mark of each tone, indexed by tone (0 = ngang has none). */
export const TONE_MARKS: readonly string[] = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The tone a combining mark writes (U+0323 → 5, nặng), or undefined for other marks. */
export function toneOfMark(mark: string): Tone | undefined {
  const index = TONE_MARKS.indexOf(mark);
  return index > 0 ? (index as Tone) : undefined;
}

/**
 * Where the tone mark goes in an open oa/oe/uy syllable: on the o/u ("hòa",
 * "khỏe", "thủy", the press's form) or on the a/e/y ("hoà", "khoẻ", "thuỷ",
 * the school-book form of QĐ 1989/QĐ-BGDĐT).
 */
export type TonePlacement = 'o-u' | 'a-e-y';

export interface Syllable {
  /** The word as given (NFC). */
  word: string;
  /** Lower-case letters without the tone mark ("thuy" for "Thủy"). */
  base: string;
  tone: Tone;
  /** Index in `word` of the letter that carries the tone mark; -1 for ngang. */
  toneIndex: number;
  initial: string;
  /** The written rhyme; the i of "gì", "gìn" counts in both initial and rhyme. */
  rhyme: string;
  /** Index in `word` where the rhyme starts. */
  rhymeStart: number;
  /** Indices in `word` where the mark may sit: one, or two for open oa/oe/uy. */
  tonePositions: number[];
  /** What breaks the spelling rules, if anything (a misplaced mark included). */
  problem: SyllableProblem | undefined;
}

/**
 * Words already read, shared by every document: a draft repeats its words, and
 * rules run on every keystroke. Bounded; emptied when full.
 */
const syllableCache = new Map<string, Readonly<Syllable> | null>();
const SYLLABLE_CACHE_SIZE = 50_000;

/**
 * Reads one word as a syllable; undefined when it is not written in the
 * Vietnamese alphabet with at most one tone mark. The result is shared
 * (cached): do not change it.
 */
export function readSyllable(word: string): Readonly<Syllable> | undefined {
  let syllable = syllableCache.get(word);
  if (syllable === undefined) {
    const kept = detached(word);
    syllable = analyse(kept) ?? null;
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllableCache.set(kept, syllable);
  }
  return syllable ?? undefined;
}

function analyse(word: string): Syllable | undefined {
  const analysis = analyseSyllable(word);
  if (!analysis || [...word].length !== [...analysis.base].length) return undefined;
  const positions = toneMarkPositions(analysis.rhyme).map((position) => position + analysis.rhymeStart);
  return {
    word,
    base: analysis.base,
    tone: analysis.tone,
    toneIndex: analysis.toneIndex,
    initial: analysis.initial,
    rhyme: analysis.rhyme,
    rhymeStart: analysis.rhymeStart,
    tonePositions: positions,
    problem: analysis.problem,
  };
}

/** True for a well-formed Vietnamese syllable: known initial and rhyme, tone allowed by the final, mark in place. */
export function isWellFormedSyllable(word: string): boolean {
  const syllable = readSyllable(word);
  return syllable !== undefined && syllable.problem === undefined;
}

/**
 * The word with `tone` (replacing any tone it had) on the letter where it
 * belongs; in open oa/oe/uy the mark goes where `placement` says. Undefined
 * when the result would not be a well-formed syllable ("bac" + huyền).
 */
export function setTone(word: string, tone: Tone, placement: TonePlacement = 'o-u'): string | undefined {
  const syllable = readSyllable(word);
  if (!syllable) return undefined;
  const positions = syllable.tonePositions;
  const index = placement === 'o-u' ? positions[0] : positions[positions.length - 1];
  const rewritten = matchCase(word, withTone(syllable.base, tone, index));
  return isWellFormedSyllable(rewritten) ? rewritten : undefined;
}

/** The word with its tone mark moved onto the letter at `index` (case kept); the word itself when it has no mark. */
export function moveToneMark(word: string, index: number): string {
  const syllable = readSyllable(word);
  if (!syllable || syllable.tone === 0) return word;
  return matchCase(word, withTone(syllable.base, syllable.tone, index));
}

/**
 * The word with a misplaced tone mark moved to where it belongs ("qúy" →
 * "quý", "đôị" → "đội", "hòan" → "hoàn"); undefined when the mark is already
 * in a place the spelling allows or the word is not a syllable.
 */
export function correctTonePosition(word: string): string | undefined {
  const syllable = readSyllable(word);
  if (!syllable || syllable.problem?.kind !== 'tone-position') return undefined;
  return moveToneMark(word, syllable.tonePositions[0]);
}

export interface TonePlacementInfo {
  /** The open rhyme with two placements. */
  rhyme: 'oa' | 'oe' | 'uy';
  placement: TonePlacement;
}

/**
 * For a toned open oa/oe/uy syllable ("hòa", "khoẻ", "Ủy"), which placement
 * it uses; undefined for every other word. "quý", "quỳ" are not uy syllables:
 * the u belongs to qu and the mark is on y in either style. "hoàn", "quyết",
 * "ngoài", "khuya" have a final or a third vowel and only one placement.
 */
export function tonePlacementOf(word: string): TonePlacementInfo | undefined {
  const syllable = readSyllable(word);
  if (!syllable || syllable.tone === 0 || syllable.problem !== undefined) return undefined;
  const rhyme = syllable.rhyme;
  if (rhyme !== 'oa' && rhyme !== 'oe' && rhyme !== 'uy') return undefined;
  const placement: TonePlacement = syllable.toneIndex === syllable.tonePositions[0] ? 'o-u' : 'a-e-y';
  return { rhyme, placement };
}

/** A toned open oa/oe/uy syllable rewritten with the mark where `placement` puts it; other words unchanged. */
export function withTonePlacement(word: string, placement: TonePlacement): string {
  const syllable = readSyllable(word);
  if (!syllable || tonePlacementOf(word) === undefined) return word;
  const [onOU, onAEY] = syllable.tonePositions;
  return moveToneMark(word, placement === 'o-u' ? onOU : onAEY);
}

export interface IYVariant {
  /** The consonant(s) before the vowel ("k", "qu"). */
  initial: string;
  /** The vowel as written. */
  vowel: 'i' | 'y';
  tone: Tone;
  /** The same syllable spelt with the other letter, case kept ("Kỹ" → "Kĩ"). */
  other: string;
  /** A key shared by both spellings, for counting a pair ("k4" for kĩ/kỹ). */
  key: string;
}

/** Consonants after which both i and y are written for one syllable (hi/hy, kì/kỳ, lí/lý, mĩ/mỹ, sĩ/sỹ, tỉ/tỷ). */
const IY_INITIALS = new Set(['h', 'k', 'l', 'm', 's', 't', 'qu']);

/**
 * The i/y pair a word belongs to: a syllable that is only an initial (h, k, l,
 * m, s, t or qu) and i or y, with any tone ("kỹ", "lí", "Tỷ", "quí").
 * Undefined for anything else ("kim", "yêu", "thi", "Vy").
 */
export function iyVariant(word: string): IYVariant | undefined {
  const syllable = readSyllable(word);
  if (!syllable || !IY_INITIALS.has(syllable.initial)) return undefined;
  if (syllable.rhyme !== 'i' && syllable.rhyme !== 'y') return undefined;
  if (syllable.rhymeStart !== syllable.initial.length) return undefined;
  const vowel = syllable.rhyme as 'i' | 'y';
  const otherBase = syllable.initial + (vowel === 'i' ? 'y' : 'i');
  return {
    initial: syllable.initial,
    vowel,
    tone: syllable.tone,
    other: matchCase(word, withTone(otherBase, syllable.tone, syllable.initial.length)),
    key: `${syllable.initial}${syllable.tone}`,
  };
}

/** `text` (same length as `model`) with the capitals of `model`, letter by letter. */
export function matchCase(model: string, text: string): string {
  const modelLetters = [...model];
  return [...text]
    .map((letter, index) => {
      const source = modelLetters[index];
      if (source === undefined) return letter;
      const upper = source !== source.toLocaleLowerCase('vi');
      return upper ? letter.toLocaleUpperCase('vi') : letter.toLocaleLowerCase('vi');
    })
    .join('');
}
