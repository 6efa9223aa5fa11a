/**
 * Finding and converting Vietnamese text typed in a legacy font encoding
 * (TCVN3 "Hµ Néi", VNI "Vieät Nam") that reached a draft as Windows-1252
 * characters. Tables: `rules/data/legacy-encodings.ts`.
 *
 * Detection must never touch correct text, French or German names ("Café",
 * "Müller"), or "5 µm", so it asks for evidence word by word and only trusts
 * a run of it:
 *
 * - a word is evidence when its conversion is a well-formed Vietnamese
 *   syllable and the word as written is not ("Néi" → "Nội"; "Hµ" → "Hà");
 * - a word whose conversion is not a syllable counts against the run;
 * - a character the encoding cannot produce (any Vietnamese Unicode letter
 *   such as "ộ", or a Latin-1 letter the encoding leaves unused, like "à" in
 *   TCVN3) ends the run: correct Unicode text is full of them;
 * - words that convert to themselves (ASCII "Nam", "trong", numbers) are neutral.
 *
 * A run is reported only with `minWords` evidence words or more, and when they
 * make a fair share of its words.
 */
import {
  TCVN3_TO_UNICODE,
  VNI_BASES,
  VNI_BREVE_MODIFIERS,
  VNI_CIRCUMFLEX_MODIFIERS,
  VNI_SINGLE_LETTERS,
  VNI_TONE_MODIFIERS,
} from '../data/legacy-encodings.js';
import { isWellFormedSyllable } from './vietnamese.js';
import { detached } from './detached.js';

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** A word as this module sees one: letters, digits and the Latin-1 signs TCVN3 uses as letters ("§¶ng", "ng\u00ADêi"). */
export const LEGACY_WORD = /[\p{L}\p{M}\p{N}\u00A1-\u00BF\u00D7\u00F7]+/gu;

const ASCII = /^[\x00-\x7F]$/;

/** Converts TCVN3 text read as Windows-1252 back to Unicode, character by character. */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const char of text) out += TCVN3_TO_UNICODE.get(char) ?? char;
  return out;
}

/**
 * One TCVN3 word converted, with one guess about capitals: TCVN3 has no
 * capital toned letters (they came from a second font), so a word whose
 * ASCII letters are all capitals ("NéI", "C¸C") is made all capitals ("NỘI",
 * "CÁC"). Title case cannot be recovered ("Hµ" stays "Hà").
 */
export function decodeTcvn3Word(word: string): string {
  const decoded = decodeTcvn3(word);
  const asciiLetters = word.replace(/[^A-Za-z]/g, '');
  if (asciiLetters.length >= 2 && asciiLetters === asciiLetters.toUpperCase() && decoded !== word) {
    return decoded.toLocaleUpperCase('vi');
  }
  return decoded;
}

/** VNI tone order (sắc, huyền, hỏi, ngã, nặng) as combining marks. */
const VNI_TONE_ORDER = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Converts VNI-Windows text read as Windows-1252 back to Unicode: base letter + modifier → one letter. */
export function decodeVni(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const combined = combineVni(char, text[index + 1]);
    if (combined !== undefined) {
      out += combined;
      index += 1;
      continue;
    }
    out += VNI_SINGLE_LETTERS.get(char) ?? char;
  }
  return out;
}

/** A base letter and the modifier after it as one Unicode letter, or undefined when they do not combine. */
function combineVni(char: string, modifier: string | undefined): string | undefined {
  if (modifier === undefined) return undefined;
  const lower = char.toLowerCase();
  const base = VNI_BASES.get(lower);
  if (!base) return undefined;
  const letterCase = char === lower ? 'lower' : 'upper';
  let marks: string | undefined;
  const tone = VNI_TONE_MODIFIERS[letterCase].indexOf(modifier);
  // y + nặng is its own byte (î), never y + modifier.
  if (tone >= 0 && base.tones && !(lower === 'y' && tone === 4)) marks = VNI_TONE_ORDER[tone];
  const circumflex = VNI_CIRCUMFLEX_MODIFIERS[letterCase].indexOf(modifier);
  if (circumflex >= 0 && base.circumflex) marks = '\u0302' + (circumflex === 0 ? '' : VNI_TONE_ORDER[circumflex - 1]);
  const breve = VNI_BREVE_MODIFIERS[letterCase].indexOf(modifier);
  if (breve >= 0 && base.breve) marks = '\u0306' + (breve === 0 ? '' : VNI_TONE_ORDER[breve - 1]);
  if (marks === undefined) return undefined;
  const letter = (base.letter + marks).normalize('NFC');
  return letterCase === 'upper' ? letter.toLocaleUpperCase('vi') : letter;
}

const VNI_CHARACTERS = new Set([
  ...VNI_SINGLE_LETTERS.keys(),
  ...[VNI_TONE_MODIFIERS, VNI_CIRCUMFLEX_MODIFIERS, VNI_BREVE_MODIFIERS].flatMap((set) => [...set.lower, ...set.upper]),
]);

interface Encoding {
  name: LegacyEncoding;
  decodeWord(word: string): string;
  /** Whether text in this encoding, read as Windows-1252, can contain this non-ASCII character. */
  produces(char: string): boolean;
}

const ENCODINGS: readonly Encoding[] = [
  { name: 'TCVN3', decodeWord: decodeTcvn3Word, produces: (char) => TCVN3_TO_UNICODE.has(char) },
  { name: 'VNI', decodeWord: decodeVni, produces: (char) => VNI_CHARACTERS.has(char) },
];

export function decodeWord(encoding: LegacyEncoding, word: string): string {
  return ENCODINGS.find((candidate) => candidate.name === encoding)!.decodeWord(word);
}

/** What one word says about a run: evidence, against it, nothing, or the run cannot go on. */
type Verdict = 'evidence' | 'against' | 'neutral' | 'break';

interface Word {
  text: string;
  start: number;
  end: number;
}

type WordReading = Readonly<{ verdict: Verdict; decoded: string }>;

/**
 * Words already read, per encoding. Every paragraph of Vietnamese text has
 * Latin-1 letters (à, é, ô…), so every word of every draft is read twice
 * here; drafts repeat their words, and reading each once took the rule
 * from 0.44 s to 0.29 s over the 1,000-draft benchmark archive.
 * Bounded; emptied when full. Shared: do not change.
 */
const readings = new Map<LegacyEncoding, Map<string, WordReading>>(ENCODINGS.map((encoding) => [encoding.name, new Map()]));
const READINGS_SIZE = 50_000;

function verdict(encoding: Encoding, word: string): WordReading {
  const known = readings.get(encoding.name)!;
  let reading = known.get(word);
  if (reading === undefined) {
    const kept = detached(word);
    reading = readWord(encoding, kept);
    if (known.size >= READINGS_SIZE) known.clear();
    known.set(kept, reading);
  }
  return reading;
}

const startsRun = new Map<string, boolean>();

/** The word is evidence in one of the encodings (remembered, like the readings). */
function mayStartRun(word: string): boolean {
  let evidence = startsRun.get(word);
  if (evidence === undefined) {
    evidence = ENCODINGS.some((encoding) => verdict(encoding, word).verdict === 'evidence');
    if (startsRun.size >= READINGS_SIZE) startsRun.clear();
    startsRun.set(detached(word), evidence);
  }
  return evidence;
}

function readWord(encoding: Encoding, word: string): WordReading {
  for (const char of word) {
    if (!ASCII.test(char) && !encoding.produces(char)) return { verdict: 'break', decoded: word };
  }
  const decoded = encoding.decodeWord(word);
  if (decoded === word) return { verdict: 'neutral', decoded };
  if (!isWellFormedSyllable(decoded)) return { verdict: 'against', decoded };
  // Both readings are syllables ("Bé" is "bé" or TCVN3 "Bộ"): no evidence either way.
  return { verdict: isWellFormedSyllable(word) ? 'neutral' : 'evidence', decoded };
}

/**
 * Evidence words are found from their Latin-1 letters. A word that converts to
 * something else holds a character one of the encodings maps, and all of those
 * are in U+00A1–U+00FF; any other non-ASCII character (ộ, đ, a combining mark)
 * breaks a run in both encodings. So only the stretch of ASCII letters, digits
 * and U+00A1–U+00FF around such a character can be evidence: it is the whole
 * word whenever the word can be evidence, and a stretch cut short by another
 * letter is at worst a false alarm that the full reading below settles.
 * Finding those characters with one global regex and widening by char code
 * skips three words in four with no look-up and builds no match objects
 * (unicode-normalization: 461 -> 139 ms CPU over the 1,000-draft archive).
 */
const LATIN1_SIGN = /[\u00A1-\u00FF]/g;

function inLatin1Word(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xa1 && code <= 0xff);
}

/** Whether a word of `text` reads as Vietnamese only once converted: most paragraphs have none. */
function hasEvidenceWord(text: string): boolean {
  LATIN1_SIGN.lastIndex = 0;
  while (LATIN1_SIGN.test(text)) {
    let start = LATIN1_SIGN.lastIndex - 1;
    let end = LATIN1_SIGN.lastIndex;
    while (start > 0 && inLatin1Word(text.charCodeAt(start - 1))) start -= 1;
    while (end < text.length && inLatin1Word(text.charCodeAt(end))) end += 1;
    if (mayStartRun(text.slice(start, end))) return true;
    LATIN1_SIGN.lastIndex = end;
  }
  return false;
}

export interface LegacyRun {
  encoding: LegacyEncoding;
  /** Offsets in the scanned text of the first and last word the conversion changes. */
  start: number;
  end: number;
  /** The text of [start, end) as written. */
  found: string;
  /** The text of [start, end) converted to Unicode. */
  text: string;
  /** One edit per word the conversion changes, in offsets of the scanned text. */
  changes: Array<{ start: number; end: number; text: string }>;
  /** Distinct words that read as Vietnamese only once converted. */
  evidence: number;
}

export interface LegacyRunOptions {
  /** Evidence words a run needs (default 3). */
  minWords?: number;
}

/** Share of a run's words that must be evidence: a Vietnamese run converts most words that carry marks. */
const MIN_EVIDENCE_SHARE = 0.25;
/** Weight of a word that does not convert to a syllable, against the evidence words (+1 each). */
const AGAINST_WEIGHT = 2;

/**
 * The runs of legacy-encoded words in `text` (one paragraph or heading), best
 * first-come: where TCVN3 and VNI runs overlap, the one with more evidence wins.
 */
export function findLegacyRuns(text: string, options: LegacyRunOptions = {}): LegacyRun[] {
  const minWords = options.minWords ?? 3;
  // A run starts at a word that reads as Vietnamese only once converted; most
  // paragraphs have none, and a cheap scan says so before any word list is built.
  if (!hasEvidenceWord(text)) return [];
  const words: Word[] = [...text.matchAll(LEGACY_WORD)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
  const runs = ENCODINGS.flatMap((encoding) => runsIn(text, words, encoding, minWords));
  runs.sort((a, b) => b.evidence - a.evidence || a.start - b.start);
  const kept: LegacyRun[] = [];
  for (const run of runs) if (!kept.some((other) => run.start < other.end && other.start < run.end)) kept.push(run);
  return kept.sort((a, b) => a.start - b.start);
}

function runsIn(text: string, words: readonly Word[], encoding: Encoding, minWords: number): LegacyRun[] {
  const verdicts = words.map((word) => verdict(encoding, word.text));
  const runs: LegacyRun[] = [];
  let first = -1;
  let last = -1;
  let score = 0;
  // Distinct words, so that "5 µm, 10 µm, 20 µm" is one word of evidence, not three.
  let evidence = new Set<string>();
  const close = () => {
    if (first === -1) return;
    const run = acceptRun(text, words, verdicts, first, last, evidence.size, minWords, encoding.name);
    if (run) runs.push(run);
    first = -1;
  };
  verdicts.forEach(({ verdict: kind }, index) => {
    if (kind === 'break') return close();
    if (first === -1) {
      if (kind === 'evidence') [first, last, score, evidence] = [index, index, 1, new Set([words[index].text])];
      return;
    }
    score += kind === 'evidence' ? 1 : kind === 'against' ? -AGAINST_WEIGHT : 0;
    if (score <= 0) return close();
    if (kind === 'evidence') {
      last = index;
      evidence.add(words[index].text);
    }
  });
  close();
  return runs;
}

function acceptRun(
  text: string,
  words: readonly Word[],
  verdicts: ReadonlyArray<{ verdict: Verdict; decoded: string }>,
  first: number,
  last: number,
  evidence: number,
  minWords: number,
  encoding: LegacyEncoding,
): LegacyRun | undefined {
  if (evidence < minWords) return undefined;
  const letterWords = words.slice(first, last + 1).filter((word) => /\p{L}/u.test(word.text)).length;
  if (evidence < MIN_EVIDENCE_SHARE * letterWords) return undefined;
  // Words on either side that read as syllables both ways ("Bé ChÝnh trÞ":
  // "Bé" is TCVN3 "Bộ") belong to the run; stop at anything else.
  while (first > 0 && verdicts[first - 1].verdict === 'neutral') first -= 1;
  while (last < words.length - 1 && verdicts[last + 1].verdict === 'neutral') last += 1;
  while (verdicts[first].decoded === words[first].text) first += 1;
  while (verdicts[last].decoded === words[last].text) last -= 1;
  let converted = '';
  const changes: LegacyRun['changes'] = [];
  for (let index = first; index <= last; index += 1) {
    if (index > first) converted += text.slice(words[index - 1].end, words[index].start);
    converted += verdicts[index].decoded;
    if (verdicts[index].decoded !== words[index].text) changes.push({ start: words[index].start, end: words[index].end, text: verdicts[index].decoded });
  }
  const start = words[first].start;
  const end = words[last].end;
  return { encoding, start, end, found: text.slice(start, end), text: converted, changes, evidence };
}

/**
 * A single TCVN3 word outside any run, recognised by the soft hyphen (U+00AD)
 * that stands for ư inside it ("ng\u00ADêi" → "người"); undefined otherwise.
 */
export function tcvn3WordWithSoftHyphen(word: string): string | undefined {
  if (!word.includes('\u00AD')) return undefined;
  const { verdict: kind, decoded } = verdict(ENCODINGS[0], word);
  return kind === 'evidence' ? decoded : undefined;
}
