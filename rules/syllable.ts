/**
 * `syllable`: words that are not Vietnamese syllables. Two layers:
 * (a) well-formedness — initial, c/k g/gh ng/ngh spelling, rhyme, the tones a
 *     p/t/c/ch final allows, where the tone mark sits (`lib/syllable-structure`);
 * (b) attestation — a well-formed syllable the language does not use ("Đển"
 *     for "Đến"), with the nearest attested syllables as suggestions
 *     (`lib/attested-syllables`).
 *
 * Only words that look Vietnamese are judged (see `findSyllableProblems`): foreign
 * names, English words, abbreviations, numbers, units, URLs and code are left
 * alone, because the rule exists to catch Vietnamese misspellings, not to
 * have an opinion on every token.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { RuleContext } from '../server/src/engine/types.js';
import { isAttested, nearestAttested } from './lib/attested-syllables.js';
import { WordTable } from './lib/word-table.js';
import {
  analyseSyllable,
  hasVietnameseLetter,
  placeTone,
  toneMarkPositions,
  withTone,
  type SyllableAnalysis,
  type Tone,
} from './lib/syllable-structure.js';
import { detached } from './lib/detached.js';
import { classAt, LETTER, MARK, widthAt } from './lib/char-classes.js';

export interface SyllableOptions {
  /** Words accepted as they are (names, loanwords the house uses), compared in lower case NFC. */
  allow: string[];
  /** Layer (b): flag well-formed syllables that Vietnamese does not use. */
  checkAttested: boolean;
}

/** One word of the prose and what the rule makes of it. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Undefined when the word is skipped (foreign, abbreviation, joined to digits …). */
  analysis: SyllableAnalysis | undefined;
  /** Not glued to digits or another word, not an abbreviation: the rule may look at it. */
  judged: boolean;
  /** The word carries ă â đ ê ô ơ ư or a tone mark. */
  marked: boolean;
  capitalised: boolean;
}

/** A word glued to one of these is part of a code, number, unit, handle or path ("5km", "@vtv", "a_b"). */
const GLUE = /[\p{N}_@#&/\\\p{Cf}\u00AD]/u;
/** Between two words, these make one token ("Mát-xcơ-va", "H'Mông", "TP.HCM"). */
const JOINER = /[-‐‑'’.]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const ALL_CAPS = /^[\p{Lu}\p{M}]{2,}$/u;
const LOWER_AFTER_FIRST = /^.[\p{Ll}\p{M}]*$/u;

/**
 * Code units of the letter or mark at `index` (a surrogate pair counts 2), 0
 * when there is none. Read from the shared character table: finding the words
 * of the 1,000-draft benchmark archive this way takes about 20 ms of CPU, with
 * `[\p{L}\p{M}]+` and its match objects about 85 ms.
 */
function wordCharLength(text: string, index: number): number {
  return classAt(text, index) & (LETTER | MARK) ? widthAt(text, index) : 0;
}

/** Space, line break, comma or the edge of the text: what stands on both sides of most words, neither glue nor a joiner. */
function isPlainNeighbour(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x0a || code === 0x2c;
}

function isJoined(prose: string, start: number, end: number): boolean {
  if (isPlainNeighbour(prose, start - 1) && isPlainNeighbour(prose, end)) return false;
  const before = prose[start - 1] ?? '';
  const after = prose[end] ?? '';
  if (GLUE.test(before) || GLUE.test(after)) return true;
  if (JOINER.test(before) && LETTER_OR_DIGIT.test(prose[start - 2] ?? '')) return true;
  if (JOINER.test(after) && LETTER_OR_DIGIT.test(prose[end + 1] ?? '')) return true;
  return false;
}

/** What a word is by its letters alone, whatever stands around it. */
interface WordShape {
  text: string;
  capitalised: boolean;
  /** Not a loose mark, not in capitals, no capital inside: judged unless glued or joined. */
  judgeable: boolean;
  analysis: SyllableAnalysis | undefined;
  marked: boolean;
  /** A capitalised word that makes its run a foreign name even when judged (see `isForeignName`). */
  foreign: boolean;
  /**
   * The verdicts on the word when judged, which depend on its letters, the
   * role of a capitalised word and `checkAttested` alone: worked out once
   * each, in the slot of `verdictSlot`; null when there is nothing to say.
   * With nothing allowed (the list only silences verdicts).
   */
  verdicts: Array<Verdict | null | undefined>;
}

/** Entries per cache before it is emptied: far more than the distinct words of a large archive. */
const CACHE_SIZE = 50_000;

/**
 * Word shapes already worked out, shared by every document: a draft repeats
 * its words and an archive its vocabulary, so reading each word once took
 * the rule from about 6.0 s to 0.85 s of CPU over the 1,000-draft benchmark
 * archive (scripts/bench/rule-times.mjs). Shared: do not change. Most words
 * are passed over on their bits in the table (below), without their shape.
 */
const words = new WordTable<Readonly<WordShape>>(CACHE_SIZE);

/** A word's bits in `words`: set on first sight (KNOWN), with the verdict states added as they are worked out. */
const KNOWN = 1;
const CAPITALISED = 2;
const JUDGEABLE = 4;
const FOREIGN = 8;
/** From this bit, two bits per verdict slot (see `verdictSlot`): 0 not worked out yet, 1 nothing to say, 2 a verdict. */
const VERDICT_SHIFT = 4;
const NOTHING_TO_SAY = 1;
const HAS_VERDICT = 2;

/** The bits of a word seen for the first time. */
function learnBits(id: number): number {
  const shape = words.value(id);
  const bits = KNOWN | (shape.capitalised ? CAPITALISED : 0) | (shape.judgeable ? JUDGEABLE : 0) | (shape.foreign ? FOREIGN : 0);
  words.setBits(id, bits);
  return bits;
}

/** The slot of a verdict in `WordShape.verdicts` and in the bits: by role (none for lower case) and `checkAttested`. */
function verdictSlot(role: NameRole | undefined, checkAttested: boolean): number {
  return (role === undefined ? 0 : role === 'name' ? 2 : 4) + (checkAttested ? 1 : 0);
}

/** The word is known to have no verdict in `slot` (worked out before). */
function nothingToSay(bits: number, slot: number): boolean {
  return ((bits >> (VERDICT_SHIFT + 2 * slot)) & 3) === NOTHING_TO_SAY;
}

function readShape(text: string): WordShape {
  const judgeable = !/^\p{M}/u.test(text) && !ALL_CAPS.test(text) && LOWER_AFTER_FIRST.test(text);
  const analysis = judgeable ? analyseSyllable(text) : undefined;
  const marked = analysis !== undefined && (analysis.tone !== 0 || hasVietnameseLetter(analysis.base));
  const capitalised = /^\p{Lu}/u.test(text);
  const foreign = capitalised && (!judgeable || isForeignName({ start: 0, end: text.length, text, analysis, judged: true, marked, capitalised }));
  return { text, capitalised, judgeable, analysis, marked, foreign, verdicts: [undefined, undefined, undefined, undefined, undefined, undefined] };
}

/** `compute()` for `key`, worked out once while the cache holds it. */
function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined && !cache.has(key)) {
    value = compute();
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(detached(key), value);
  }
  return value as T;
}

/** A capitalised word that cannot be Vietnamese: foreign letters, foreign shape, or an unknown unmarked name ("Trump", "Moon"). */
function isForeignName(token: WordToken): boolean {
  const { analysis } = token;
  if (!analysis) return true;
  const kind = analysis.problem?.kind;
  // "Kon Tum", "Kông Chro": minority-language names keep k before a, o, u.
  if (kind === 'shape' || kind === 'rhyme' || (kind === 'spelling' && analysis.initial === 'k')) return true;
  return !token.marked && !isAttested(analysis.base, analysis.tone);
}

/** What a capitalised word is, for deciding how much of the rule applies to it. */
export type NameRole = 'foreign' | 'name' | 'sentence-start';

/** Sentence punctuation and Markdown markers after which a capital starts a sentence. */
const SENTENCE_OPENERS = '\n.!?…:;"“”‘\'([#>*+|–—-';

/** Space, tab or no-break space. */
function isSpacing(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Nothing but spacing before `start` back to the start of the text, a sentence mark or a Markdown marker (within 40 characters). */
function startsSentence(prose: string, start: number): boolean {
  const limit = Math.max(0, start - 40);
  let index = start - 1;
  while (index >= limit && isSpacing(prose.charCodeAt(index))) index -= 1;
  return index < limit || SENTENCE_OPENERS.includes(prose[index]);
}

/**
 * The capitalised words read since the last other word, kept in arrays that
 * are reused from run to run rather than as one object per word.
 */
class CapitalRun {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Ids in `words`. */
  readonly ids: number[] = [];
  length = 0;

  add(start: number, end: number, id: number): void {
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.ids[this.length] = id;
    this.length += 1;
  }
}

/**
 * Sorts capitalised words. Runs of capitalised words separated by spaces
 * ("Kim Jong Un", "São Paulo", "Nậm Rốm", "Uông Văn Bân") are names: a run
 * with a foreign word in it (or a word that is not judged: glued, joined, in
 * capitals) is a foreign name and is not judged at all; a Vietnamese name may
 * use syllables no dictionary lists, so only the spelling rules apply to it.
 * A single capitalised word in mid-sentence ("ông Tớp") is a name too. Only a
 * capitalised word that starts a sentence on its own ("Đển khi …") is an
 * ordinary word with a capital, checked in full.
 */
function runRole(prose: string, run: CapitalRun): NameRole {
  for (let index = 0; index < run.length; index += 1) {
    if (words.bits(run.ids[index]) & FOREIGN || isJoined(prose, run.starts[index], run.ends[index])) return 'foreign';
  }
  return run.length === 1 && startsSentence(prose, run.starts[0]) ? 'sentence-start' : 'name';
}

/**
 * Words some newsrooms write solid that would otherwise read as two syllables
 * run together ("ôtô" beside "ô tô"); a house style choice, not a typo.
 */
const SOLID_LOANWORDS = new Set(['ôtô', 'môtô', 'bêtông', 'vắcxin', 'rađa', 'xăngđan', 'ôxy', 'xêri', 'karaôkê', 'kilôgam', 'kilômét', 'catalô', 'ađapte']);

/**
 * Foreign words come back in every draft ("Facebook", "online") and each
 * try below reads up to twice as many syllables as the word has letters:
 * remembered per word, like the shapes.
 */
const splits = new Map<string, string | undefined>();
const slips = new Map<string, string | undefined>();

/** "sốtrên" → "số trên": two attested syllables written without the space between them. */
function missingSpace(word: string): string | undefined {
  return remember(splits, word, () => findMissingSpace(word));
}

function findMissingSpace(word: string): string | undefined {
  const lower = word.normalize('NFC').toLowerCase();
  if (SOLID_LOANWORDS.has(lower)) return undefined;
  const chars = [...lower];
  for (let cut = 1; cut < chars.length; cut += 1) {
    const left = analyseSyllable(chars.slice(0, cut).join(''));
    const right = analyseSyllable(chars.slice(cut).join(''));
    if (left && right && !left.problem && !right.problem && isAttested(left.base, left.tone) && isAttested(right.base, right.tone)) {
      return `${[...word].slice(0, cut).join('')} ${[...word].slice(cut).join('')}`;
    }
  }
  return undefined;
}

/**
 * A lower-case word that is not even shaped like a syllable is judged only
 * when the slip is plain: two attested syllables run together ("gâyviêm",
 * the space lost) or a doubled letter ("đượcc"). Anything else ("crôm",
 * "résumé") is a loanword or a foreign word.
 */
function shapeSlip(word: string, analysis: SyllableAnalysis): string | undefined {
  return remember(slips, word, () => findShapeSlip(analysis));
}

function findShapeSlip(analysis: SyllableAnalysis): string | undefined {
  const letters = [...analysis.base];
  const word = withTone(analysis.base, analysis.tone, analysis.toneIndex);
  const split = missingSpace(word);
  if (split) return split;
  const chars = [...word];
  for (let index = 1; index < letters.length; index += 1) {
    if (letters[index] !== letters[index - 1]) continue;
    const single = analyseSyllable(chars.slice(0, index).join('') + chars.slice(index + 1).join(''));
    if (single && !single.problem && isAttested(single.base, single.tone)) return chars.slice(0, index).join('') + chars.slice(index + 1).join('');
  }
  return undefined;
}

type Verdict =
  | { messageId: 'spelling'; data: Record<string, string> }
  | { messageId: 'stopTone'; data: Record<string, string> }
  | { messageId: 'tonePosition'; data: Record<string, string> }
  | { messageId: 'missingSpace' | 'notSyllable' | 'notSyllableNoSuggestion' | 'unattested' | 'unattestedNoSuggestion'; data: Record<string, string> };

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function quoteList(words: readonly string[], like: string): string {
  return words.map((word) => `"${matchCase(word, like)}"`).join(', ');
}

/** The writer put the mark on a/e/y of an open oa/oe/uy ("hoà"): suggest in the same placement. */
function marksSecond(analysis: SyllableAnalysis): boolean {
  return toneMarkPositions(analysis.rhyme).length === 2 && analysis.toneIndex === analysis.rhymeStart + 1;
}

function suggestionVerdict(
  token: WordToken,
  analysis: SyllableAnalysis,
  withSuggestions: 'notSyllable' | 'unattested',
): Verdict {
  const suggestions = nearestAttested(analysis.base, analysis.tone, marksSecond(analysis));
  if (suggestions.length === 0) return { messageId: `${withSuggestions}NoSuggestion`, data: { word: token.text } };
  return { messageId: withSuggestions, data: { word: token.text, suggestions: quoteList(suggestions, token.text) } };
}

/** What is wrong with a judged word, or undefined when it is fine or not for this rule. */
export function judge(token: WordToken, options: SyllableOptions, allowed: ReadonlySet<string>, role: NameRole | undefined): Verdict | undefined {
  const { analysis } = token;
  // Most configurations allow nothing: skip the per-word normalisation then.
  if (allowed.size > 0 && allowed.has(token.text.normalize('NFC').toLowerCase())) return undefined;
  if (!analysis) {
    // Two tone marks in one word: two syllables run together ("đểkhám"), or a foreign word.
    const split = token.judged && !token.capitalised ? missingSpace(token.text) : undefined;
    return split ? { messageId: 'missingSpace', data: { word: token.text, suggestions: `"${split}"` } } : undefined;
  }
  if (!token.marked || role === 'foreign') return undefined;
  const problem = analysis.problem;
  switch (problem?.kind) {
    case 'shape': {
      if (token.capitalised) return undefined;
      const slip = shapeSlip(token.text, analysis);
      return slip ? { messageId: slip.includes(' ') ? 'missingSpace' : 'notSyllable', data: { word: token.text, suggestions: `"${slip}"` } } : undefined;
    }
    case 'rhyme':
      return hasVietnameseLetter(analysis.base) ? suggestionVerdict(token, analysis, 'notSyllable') : undefined;
    case 'spelling':
      // "Kon Tum", "Kông Chro": minority-language names keep k before a, o, u.
      if (token.capitalised && analysis.initial === 'k') return undefined;
      return { messageId: 'spelling', data: { word: token.text, expected: matchCase(problem.expected, token.text) } };
    case 'stop-tone': {
      const forms = ([2, 5] as Tone[]).map((tone) => placeTone(analysis.base, tone));
      const attestedForms = forms.filter((_, index) => isAttested(analysis.base, ([2, 5] as Tone[])[index]));
      const final = /ch$/.test(analysis.base) ? 'ch' : analysis.base.slice(-1);
      return { messageId: 'stopTone', data: { word: token.text, final, suggestions: quoteList(attestedForms.length > 0 ? attestedForms : forms, token.text) } };
    }
    case 'tone-position':
      return { messageId: 'tonePosition', data: { word: token.text, expected: matchCase(problem.expected, token.text) } };
    case undefined:
      if (!options.checkAttested || role === 'name' || isAttested(analysis.base, analysis.tone)) return undefined;
      return suggestionVerdict(token, analysis, 'unattested');
  }
}

/**
 * Every finding of the rule in one document's prose, as (token, verdict)
 * pairs, in one pass over its words. A word is not judged when it is glued
 * to digits or symbols or joined to another word by a hyphen, apostrophe or
 * dot; when it is in capitals ("UBND") or has a capital inside ("iPhone");
 * when it has letters outside the Vietnamese alphabet (f j w z, é with a
 * second mark, ü …) or begins with a loose combining mark (Unicode damage,
 * another rule's job). Capitalised words are judged by runs (see `runRole`).
 * A judged word's verdict depends on its letters (and a capitalised word's
 * role) alone, so it is worked out once per distinct word, and neither the
 * neighbours of a word that is fine are read nor an object made for it.
 */
export function findSyllableProblems(prose: string, options: SyllableOptions): Array<{ token: WordToken; verdict: Verdict }> {
  const allowed = new Set(options.allow.map((word) => word.normalize('NFC').toLowerCase()));
  const lowerCaseSlot = verdictSlot(undefined, options.checkAttested);
  const problems: Array<{ token: WordToken; verdict: Verdict }> = [];
  const run = new CapitalRun();
  words.trim();
  let index = 0;
  while (index < prose.length) {
    let step = wordCharLength(prose, index);
    if (step === 0) {
      index += 1;
      continue;
    }
    const start = index;
    do index += step;
    while ((step = wordCharLength(prose, index)) > 0);
    const id = words.idOf(prose, start, index, readShape);
    let bits = words.bits(id);
    if (bits === 0) bits = learnBits(id);
    if (bits & CAPITALISED) {
      if (run.length > 0 && !onlySpacing(prose, run.ends[run.length - 1], start)) closeRun(prose, run, options, allowed, problems);
      run.add(start, index, id);
      continue;
    }
    if (run.length > 0) closeRun(prose, run, options, allowed, problems);
    if (!(bits & JUDGEABLE) || nothingToSay(bits, lowerCaseSlot)) continue;
    const verdict = verdictOf(id, undefined, options, allowed);
    if (verdict && !isJoined(prose, start, index)) problems.push({ token: judgedToken(words.value(id), start), verdict });
  }
  if (run.length > 0) closeRun(prose, run, options, allowed, problems);
  return problems;
}

/** Only spaces, tabs and no-break spaces from `from` to `to`. */
function onlySpacing(prose: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isSpacing(prose.charCodeAt(index))) return false;
  return true;
}

/** Judges the words of a run of capitalised words and empties it. */
function closeRun(prose: string, run: CapitalRun, options: SyllableOptions, allowed: ReadonlySet<string>, problems: Array<{ token: WordToken; verdict: Verdict }>): void {
  const role = runRole(prose, run);
  // A foreign run says nothing; in any other, every word is judged.
  if (role !== 'foreign') {
    const slot = verdictSlot(role, options.checkAttested);
    for (let index = 0; index < run.length; index += 1) {
      const id = run.ids[index];
      if (nothingToSay(words.bits(id), slot)) continue;
      const verdict = verdictOf(id, role, options, allowed);
      if (verdict) problems.push({ token: judgedToken(words.value(id), run.starts[index]), verdict });
    }
  }
  run.length = 0;
}

function judgedToken(shape: Readonly<WordShape>, start: number): WordToken {
  const { text, analysis, marked, capitalised } = shape;
  return { start, end: start + text.length, text, analysis, judged: true, marked, capitalised };
}

/**
 * `judge` of the judged word `id` in a role (none for lower case). The
 * `allow` list only silences a verdict, so the verdict with nothing allowed
 * is remembered on the word's shape and in its bits, and the list is looked
 * at only when there is a verdict.
 */
function verdictOf(id: number, role: NameRole | undefined, options: SyllableOptions, allowed: ReadonlySet<string>): Verdict | undefined {
  const shape = words.value(id);
  const slot = verdictSlot(role, options.checkAttested);
  let verdict = shape.verdicts[slot];
  if (verdict === undefined) {
    verdict = shape.verdicts[slot] = judge(judgedToken(shape, 0), options, NOTHING_ALLOWED, role) ?? null;
    words.setBits(id, words.bits(id) | ((verdict ? HAS_VERDICT : NOTHING_TO_SAY) << (VERDICT_SHIFT + 2 * slot)));
  }
  if (verdict === null || (allowed.size > 0 && allowed.has(shape.text.normalize('NFC').toLowerCase()))) return undefined;
  return verdict;
}

const NOTHING_ALLOWED: ReadonlySet<string> = new Set();

export default defineRule<SyllableOptions>({
  id: 'syllable',
  description: {
    en: 'Words that are not Vietnamese syllables: broken spelling rules, impossible tones, syllables the language does not use.',
    vi: 'Từ không phải âm tiết tiếng Việt: sai quy tắc chính tả, sai thanh điệu, âm tiết không có trong tiếng Việt.',
  },
  severity: 'warning',
  fixable: false,
  tags: ['vietnamese', 'spelling'],
  optionsSchema: {
    type: 'object',
    properties: {
      allow: { type: 'array', items: { type: 'string', minLength: 1 } },
      checkAttested: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: { allow: [], checkAttested: true },
  messages: {
    spelling: {
      en: '"{word}" breaks the c/k, g/gh, ng/ngh or qu spelling rule (k, gh, ngh go only before i, e, ê, y); write "{expected}".',
      vi: '"{word}" sai quy tắc chính tả c/k, g/gh, ng/ngh, qu (k, gh, ngh chỉ đứng trước i, e, ê, y); viết "{expected}".',
    },
    stopTone: {
      en: '"{word}" ends in "{final}", which takes only the sắc or nặng tone; write {suggestions}.',
      vi: '"{word}" tận cùng bằng "{final}", chỉ đi với thanh sắc hoặc nặng; viết {suggestions}.',
    },
    tonePosition: {
      en: 'The tone mark of "{word}" is on the wrong letter; write "{expected}".',
      vi: 'Dấu thanh của "{word}" đặt sai chữ; viết "{expected}".',
    },
    missingSpace: {
      en: '"{word}" is two syllables run together; write {suggestions}.',
      vi: '"{word}" là hai âm tiết viết liền; viết {suggestions}.',
    },
    notSyllable: {
      en: '"{word}" is not a Vietnamese syllable; did you mean {suggestions}?',
      vi: '"{word}" không phải âm tiết tiếng Việt; có phải là {suggestions}?',
    },
    notSyllableNoSuggestion: {
      en: '"{word}" is not a Vietnamese syllable; retype the word (or add it to `allow` if it is a name).',
      vi: '"{word}" không phải âm tiết tiếng Việt; gõ lại từ này (hoặc thêm vào `allow` nếu là tên riêng).',
    },
    unattested: {
      en: '"{word}" is not a Vietnamese word; did you mean {suggestions}?',
      vi: '"{word}" không có trong tiếng Việt; có phải là {suggestions}?',
    },
    unattestedNoSuggestion: {
      en: '"{word}" is not a Vietnamese word; retype it (or add it to `allow` if it is a name).',
      vi: '"{word}" không có trong tiếng Việt; gõ lại (hoặc thêm vào `allow` nếu là tên riêng).',
    },
  },
  check(context: RuleContext, options, reporter) {
    for (const { token, verdict } of findSyllableProblems(context.prose, options)) {
      reporter.report({ messageId: verdict.messageId, data: verdict.data, start: token.start, end: token.end });
    }
  },
});
