/**
 * Counted nouns: "6 bản ghi nhớ", "27 tuyến đường sắt đô thị", "hơn 30 người".
 * Each count keeps what makes two counts of one noun incomparable: a
 * qualifier ("hơn 30"), a subset or an addition ("trong đó 2", "thêm 3"), a
 * part of a total ("6 trong số 8 …"), or a narrowing after the noun ("… về y tế").
 *
 * The pack says how numbers and nouns are written: English "1,200", "six
 * memorandums" (number words), "memorandums of understanding" (a joiner
 * inside the noun), "light-rail lines" (hyphenated words).
 *
 * Lower case is `toLowerCase()`, the same as `toLocaleLowerCase('vi')` at a
 * tenth of the cost (see fact-text.ts).
 */
import type { FactsLanguagePack } from './lang/index.js';
import { phraseKey } from './fact-text.js';

export interface CountMention {
  value: number;
  /** The number as written ("1.200"). */
  numberText: string;
  /** The counted noun phrase as written ("bản ghi nhớ"). */
  noun: string;
  /** Key of the noun phrase, for comparing. */
  key: string;
  /** Length of the noun against number-consistency's `minNounWords`: its words times the pack's `nounWordSize`. */
  nounSize: number;
  /** Offsets of the number and the noun together. */
  start: number;
  end: number;
  /** "hơn", "khoảng" … when the number is approximate or a bound. */
  qualifier?: string;
  /** A part, an addition or a rank rather than the count of the whole ("trong đó 2", "thêm 3", "6 trong số 8"). */
  partial: boolean;
  /** Followed by words that narrow the noun to a subset ("… của Hà Nội", "… về y tế"). */
  narrowed: boolean;
  /** The noun is a unit, a time or an amount ("năm", "tỷ đồng", "km"). */
  unit: boolean;
  /** The noun is too general to compare ("người", "vụ"). */
  generic: boolean;
  /**
   * Keys of up to two content words right before the number ("đã ký 6 …" →
   * ["ký"]): two counts said with the same verb are more likely one fact.
   */
  context: string[];
}

const MAX_NOUN_WORDS = 5;
/** A number that is not part of a date, a decimal, a code or a percentage. */
const NUMBER = /(?<![\p{L}\p{M}\p{N}.,/:\-–])(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}%‰]|[.,/:\-–]\p{N})/gu;
/** The same with "," between thousands ("1,200"). */
const NUMBER_COMMA = /(?<![\p{L}\p{M}\p{N}.,/:\-–])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{N}%‰]|[.,/:\-–]\p{N})/gu;
const WORD = /^\s+([\p{Ll}][\p{L}\p{M}]*|%)/u;

/** Numbers written as words, one pattern per pack ("six", "Twenty-seven"). */
const numberWordPatterns = new WeakMap<ReadonlyMap<string, number>, RegExp>();
function numberWordPattern(words: ReadonlyMap<string, number>): RegExp {
  let pattern = numberWordPatterns.get(words);
  if (!pattern) {
    const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).join('|');
    pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])(${alternatives})(?![\\p{L}\\p{M}\\p{N}-])`, 'giu');
    numberWordPatterns.set(words, pattern);
  }
  return pattern;
}

interface NumberFound {
  numberText: string;
  value: number;
  start: number;
}

function numbersIn(prose: string, pack: FactsLanguagePack): NumberFound[] {
  const comma = pack.thousandsSeparator === ',';
  const found: NumberFound[] = [];
  for (const match of prose.matchAll(comma ? NUMBER_COMMA : NUMBER)) {
    found.push({ numberText: match[1], value: Number(match[1].replace(comma ? /,/g : /\./g, '')), start: match.index! });
  }
  if (pack.numberWords) {
    for (const match of prose.matchAll(numberWordPattern(pack.numberWords))) {
      found.push({ numberText: match[1], value: pack.numberWords.get(match[1].toLowerCase())!, start: match.index! });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

export function extractCounts(prose: string, pack: FactsLanguagePack): CountMention[] {
  const counts: CountMention[] = [];
  const nounWord = pack.nounWord ?? WORD;
  for (const { numberText, value, start } of numbersIn(prose, pack)) {
    // "đến năm 2025 chủ động …": a year, not a count (counts of thousands are written "2.000").
    if (/^(?:19|20)\d\d$/.test(numberText)) continue;
    let cursor = start + numberText.length;
    const words: string[] = [];
    let nounEnd = cursor;
    while (words.length < MAX_NOUN_WORDS) {
      const word = nounWord.exec(prose.slice(cursor, cursor + 40));
      if (!word) break;
      const lower = word[1].toLowerCase();
      // "memorandums of understanding": a joiner stays inside the noun when a content word follows it.
      if (words.length > 0 && pack.nounJoiners?.has(lower)) {
        const next = nounWord.exec(prose.slice(cursor + word[0].length, cursor + word[0].length + 40));
        const nextLower = next?.[1].toLowerCase();
        if (!next || nextLower === undefined || pack.nounStopWords.has(nextLower) || pack.nounJoiners.has(nextLower)) break;
        words.push(word[1], next[1]);
        cursor += word[0].length + next[0].length;
        nounEnd = cursor;
        continue;
      }
      if (words.length > 0 && (pack.nounStopWords.has(lower) || pack.nounStopPattern?.test(lower))) break;
      if (words.length === 0 && pack.nounStopWords.has(lower) && !pack.unitWords.has(lower)) break;
      words.push(word[1]);
      cursor += word[0].length;
      nounEnd = cursor;
    }
    if (words.length === 0) continue;
    const before = prose.slice(Math.max(0, start - 30), start);
    const after = prose.slice(start + numberText.length, start + numberText.length + 30);
    const qualifier = pack.countQualifier.exec(before)?.[1]?.toLowerCase();
    const afterNoun = prose.slice(nounEnd, nounEnd + 30);
    const nextWord = /^\s+([\p{L}][\p{L}\p{M}]*)/u.exec(afterNoun)?.[1]?.toLowerCase();
    const first = words[0].toLowerCase();
    counts.push({
      value,
      numberText,
      noun: words.join(' '),
      key: phraseKey(words.join(' ')),
      nounSize: words.length * (pack.nounWordSize ?? 1),
      start,
      end: nounEnd,
      qualifier,
      partial:
        pack.countSubsetBefore.test(before) ||
        (pack.countLabelBefore?.test(before) ?? false) ||
        pack.countPartOfAfter.test(after) ||
        pack.countPartOfAfter.test(afterNoun) ||
        pack.breakdownInSentence.test(sentenceBefore(prose, start)),
      narrowed: nextWord !== undefined && pack.nounNarrowers.has(nextWord) && !pack.broadScopeAfter.test(afterNoun),
      unit: pack.unitWords.has(first),
      generic: pack.genericNounWords.has(first),
      context: contextWords(before, pack),
    });
  }
  return counts;
}

/** The sentence up to the number ("Trong đó, … giao cho 14 tỉnh để xây dựng 167 …"). */
function sentenceBefore(prose: string, at: number): string {
  const window = prose.slice(Math.max(0, at - 200), at);
  const end = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('; '));
  return window.slice(end + 1);
}

const CONTEXT_WORDS = 6;

/**
 * The content words right before the number, after auxiliaries ("đã", "sẽ")
 * and qualifiers; a preposition or conjunction ("với", "và", "trong") or
 * punctuation ends the context, since what stands before it is another phrase.
 */
function contextWords(before: string, pack: FactsLanguagePack): string[] {
  const clause = before.split(/[.,;:!?()"“”\n]/u).pop() ?? '';
  const words = clause.trim().split(/\s+/u).filter(Boolean).slice(-CONTEXT_WORDS).reverse();
  const context: string[] = [];
  for (const word of words.map((item) => item.toLowerCase())) {
    if (!/^[\p{L}\p{M}]+$/u.test(word)) break;
    if (pack.countAuxiliaries.has(word)) {
      if (context.length > 0) break;
      continue;
    }
    if (pack.countWeakContext.has(word)) break;
    context.unshift(phraseKey(word));
    if (context.length === 2) break;
  }
  return context;
}
