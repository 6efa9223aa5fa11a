/**
 * The language packs of the fact extractors. A document uses the pack named
 * by its front matter (`lang:` or `language:`: "en", "en-US", "en-GB", "vi";
 * the full tag first, then its language), else the pack its prose reads as:
 * English only when the text is clearly English, Vietnamese otherwise.
 *
 * The guess is deliberately one-sided. Vietnamese is the newsroom's language
 * and the default, so a draft is read as English only when it has enough
 * words, English function words make a good share of them ("the", "of",
 * "and" are a quarter of English prose and never Vietnamese words) and few
 * words carry a mark only Vietnamese uses (ơ ư ă â ê ô đ, hook above, dot
 * below). A Vietnamese draft, even one quoting English, fails the last test;
 * a short or mixed text stays Vietnamese. Declare `lang:` to settle any doubt.
 */
import type { RuleContext } from '../../../server/src/engine/types.js';
import type { FactsLanguagePack } from './types.js';
import { en, enGB, enUS } from './en.js';
import { vi } from './vi.js';

export type { FactsLanguagePack, TitleSpec } from './types.js';

const PACKS: ReadonlyMap<string, FactsLanguagePack> = new Map([vi, en, enUS, enGB].map((pack) => [pack.id, pack]));

export const DEFAULT_PACK = vi;

export function packFor(frontMatter: RuleContext['frontMatter'], prose?: string): FactsLanguagePack {
  const declared = frontMatter?.data?.lang ?? frontMatter?.data?.language;
  if (typeof declared === 'string') {
    const tag = declared.trim().toLowerCase().replace(/_/g, '-');
    const pack = PACKS.get(tag) ?? PACKS.get(tag.split('-')[0]);
    if (pack) return pack;
  }
  return prose !== undefined && readsAsEnglish(prose) ? en : DEFAULT_PACK;
}

/** How much of the prose the guess reads: the head of a draft says what language it is in. */
const SAMPLE = 6000;
const MIN_WORDS = 40;
/**
 * English prose is about a quarter function words; Vietnamese has none, and
 * reaches a tenth only when English quotes make up some 40% of it, by which
 * point a quarter of its words still carry Vietnamese marks.
 */
const MIN_FUNCTION_SHARE = 0.1;
/**
 * Vietnamese prose has marks on roughly half its words; an English story about
 * Vietnam that keeps the marks on names ("Nguyễn Thị Phương Thảo") stays well under this.
 */
const MAX_VIETNAMESE_SHARE = 0.08;
const WORD = /[\p{L}\p{M}]+/gu;
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'that', 'with', 'for', 'was', 'were', 'is', 'are', 'has', 'have', 'from', 'this', 'said', 'which', 'would', 'will', 'their', 'been']);
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((word) => word.length));
/**
 * Marks only Vietnamese puts on letters among the languages a newsroom drafts
 * in (after NFD): horn (ơ ư), hook above (ả), dot below (ạ), breve (ă),
 * circumflex (â ê ô), and đ. Acute, grave and tilde are left out: "José",
 * "café" and "São Paulo" are English copy too.
 */
const VIETNAMESE_MARK = /[\u031B\u0309\u0323\u0306\u0302đĐ]/u;

/** True when the prose is clearly English: see the header for the thresholds and why they are one-sided. */
export function readsAsEnglish(prose: string): boolean {
  const sample = prose.slice(0, SAMPLE);
  const counts = countWords(sample) ?? countWordsNormalized(sample);
  if (counts.words < MIN_WORDS) return false;
  if (counts.vietnamese >= MAX_VIETNAMESE_SHARE * counts.words) return false;
  return counts.functionWords / counts.words >= MIN_FUNCTION_SHARE;
}

/** The pack with this id ("vi", "en", "en-US", "en-GB"), for facts kept between runs. */
export function packById(id: string): FactsLanguagePack | undefined {
  return PACKS.get(id);
}

interface WordCounts {
  /** Words (runs of letters and marks, after NFD). */
  words: number;
  /** Words with a mark only Vietnamese uses. */
  vietnamese: number;
  /** English function words. */
  functionWords: number;
}

/** The definition: NFD, then every word matched and tested. */
function countWordsNormalized(sample: string): WordCounts {
  const words = sample.normalize('NFD').match(WORD) ?? [];
  let vietnamese = 0;
  let functionWords = 0;
  for (const word of words) {
    if (VIETNAMESE_MARK.test(word)) vietnamese++;
    if (word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) functionWords++;
  }
  return { words: words.length, vietnamese, functionWords };
}

/*
 * The same counts in one pass over the text as written, reading what each
 * code unit's NFD holds from a table filled on first sight: every draft is
 * asked, and normalising and matching its head cost 0.11 s per 1,000 drafts.
 * A character whose decomposition mixes letters and other characters, or a
 * surrogate, sends the text to the definition (`undefined`).
 */
const KNOWN = 1;
const IN_WORD = 2;
const MIXED = 4;
const MARKED = 8;
const unitClasses = new Uint8Array(0x10000);

function unitClass(code: number): number {
  let found = unitClasses[code];
  if (found === 0) {
    const char = String.fromCharCode(code);
    const decomposed = char.normalize('NFD');
    const letters = decomposed.match(WORD)?.join('') ?? '';
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    found = KNOWN | (letters === decomposed ? IN_WORD : letters === '' && !surrogate ? 0 : MIXED) | (VIETNAMESE_MARK.test(decomposed) ? MARKED : 0);
    unitClasses[code] = found;
  }
  return found;
}

function countWords(sample: string): WordCounts | undefined {
  let words = 0;
  let vietnamese = 0;
  let functionWords = 0;
  let wordStart = -1;
  let marked = false;
  let ascii = true;
  // One past the end closes the last word.
  for (let at = 0; at <= sample.length; at++) {
    const code = at < sample.length ? sample.charCodeAt(at) : 0x20;
    const cls = unitClass(code);
    if (cls & MIXED) return undefined;
    if (cls & IN_WORD) {
      if (wordStart < 0) {
        wordStart = at;
        marked = false;
        ascii = true;
      }
      if (cls & MARKED) marked = true;
      if (code >= 0x80) ascii = false;
      continue;
    }
    if (wordStart < 0) continue;
    words++;
    if (marked) vietnamese++;
    // Function words are ASCII: a word with any other letter keeps one after NFD and is none of them.
    if (ascii && at - wordStart <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(sample.slice(wordStart, at).toLowerCase())) functionWords++;
    wordStart = -1;
  }
  return { words, vietnamese, functionWords };
}
