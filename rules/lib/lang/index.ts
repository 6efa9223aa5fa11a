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
  const words = prose.slice(0, SAMPLE).normalize('NFD').match(WORD) ?? [];
  if (words.length < MIN_WORDS) return false;
  // Every draft is asked, and Vietnamese ones pass the share of marked words
  // within their first lines: stop there (this loop was 0.08 s of every
  // 1,000 drafts' lint, and as much again in the CLI's workspace index).
  const maxVietnamese = MAX_VIETNAMESE_SHARE * words.length;
  let vietnamese = 0;
  for (const word of words) if (VIETNAMESE_MARK.test(word) && ++vietnamese >= maxVietnamese) return false;
  let functionWords = 0;
  for (const word of words) if (word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) functionWords++;
  return functionWords / words.length >= MIN_FUNCTION_SHARE;
}

/** The pack with this id ("vi", "en", "en-US", "en-GB"), for facts kept between runs. */
export function packById(id: string): FactsLanguagePack | undefined {
  return PACKS.get(id);
}
