/**
 * Numbers of years that can be checked by subtraction:
 *
 *   kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)   span + pair of years
 *   kỷ niệm 50 năm thành lập trường (năm 1973)                       span + founding year (+ article date)
 *   anh Nguyễn Văn A (SN 1985) … anh Nguyễn Văn A (38 tuổi)           age + birth year of one person
 *
 * English adds spans named by their own words ("the 70th anniversary
 * (1954-2025)"), birth years after a verb ("Doe was born in 1970") and later
 * references by family name ("Jane Doe, 42," … "Doe was born in 1970"): a
 * one-word holder stands for the one full name of the document ending with it,
 * and for nobody when two people share it ("John Smith", "Mary Smith").
 */
import type { FactsLanguagePack } from './lang/index.js';
import { nameKey } from './fact-text.js';
import { documentPack, type FactsSource } from './document-facts.js';

export interface YearPair {
  start: number;
  end: number;
  fromYear: number;
  toYear: number;
  /** Both ends are full dates with the same day and month ("7/5/1954 - 7/5/2024"): the span is exact. */
  sameDay: boolean;
}

export interface YearSpan {
  /** Offsets of "70 năm". */
  start: number;
  end: number;
  value: number;
  /** Preceded by an anniversary word ("kỷ niệm 70 năm"): counted from the event to the celebration, exactly. */
  anniversary: boolean;
  /** Preceded by a qualifier ("hơn 70 năm"): never exact. */
  qualified: boolean;
  pair: YearPair | undefined;
  founding: { start: number; end: number; year: number } | undefined;
}

export interface AgeFact {
  kind: 'age' | 'birth';
  start: number;
  end: number;
  /** The age, or the birth year. */
  value: number;
  /** Key of the name the age or birth year is given to ('' when none is next to it). */
  holder: string;
  holderText: string;
  /** Facts in one parenthesis or one apposition share a group. */
  group: number;
}

export interface YearFacts {
  spans: YearSpan[];
  ages: AgeFact[];
}

const PAIR = /^\s*\(\s*(?:(\d{1,2})[/.-](\d{1,2})[/.-])?(\d{4})\s*[-–—]\s*(?:(\d{1,2})[/.-](\d{1,2})[/.-])?(\d{4})\s*\)/u;
/** How far after "70 năm" its years may stand: a title of an event, not a paragraph. */
const SPAN_REACH = 160;
const QUALIFIER = /(?<![\p{L}\p{M}])(?:hơn|gần|khoảng|trên|dưới|chừng|ngót|hàng|vài|mấy|ít nhất|chưa đầy|chưa đến)\s+$/iu;
const SENTENCE_END = /[.!?;](?=\s+\p{Lu}|\s*$)|\n/u;

export function extractYearFacts(prose: string, pack: FactsLanguagePack): YearFacts {
  return { spans: extractSpans(prose, pack), ages: extractAges(prose, pack) };
}

function extractSpans(prose: string, pack: FactsLanguagePack): YearSpan[] {
  const spans: YearSpan[] = [];
  const matches = [...prose.matchAll(pack.yearSpan)];
  matches.forEach((match, index) => {
    const start = match.index!;
    const end = start + match[0].length;
    const value = Number(match[1]);
    const before = prose.slice(Math.max(0, start - 30), start);
    const nextSpan = matches[index + 1]?.index ?? Infinity;
    let reach = prose.slice(end, Math.min(end + SPAN_REACH, nextSpan));
    const stop = SENTENCE_END.exec(reach);
    if (stop) reach = reach.slice(0, stop.index);
    spans.push({
      start,
      end,
      value,
      anniversary: pack.anniversaryBefore.test(before) || (pack.anniversaryIn?.test(match[0]) ?? false),
      qualified: (pack.yearSpanQualifier ?? QUALIFIER).test(before),
      pair: findPair(reach, end),
      founding: findFounding(reach, end, pack),
    });
  });
  return spans;
}

/** The first "(1954 - 2024)" or "(7/5/1954 - 7/5/2024)" in the reach of a span. */
function findPair(reach: string, offset: number): YearPair | undefined {
  for (let at = reach.indexOf('('); at !== -1; at = reach.indexOf('(', at + 1)) {
    const match = PAIR.exec(reach.slice(at));
    if (!match) continue;
    const [, fromDay, fromMonth, fromYear, toDay, toMonth, toYear] = match;
    const start = offset + at + match[0].indexOf('(');
    return {
      start,
      end: start + match[0].trim().length,
      fromYear: Number(fromYear),
      toYear: Number(toYear),
      sameDay: fromDay !== undefined && toDay !== undefined && Number(fromDay) === Number(toDay) && Number(fromMonth) === Number(toMonth),
    };
  }
  return undefined;
}

function findFounding(reach: string, offset: number, pack: FactsLanguagePack): YearSpan['founding'] {
  const match = pack.foundingYear.exec(reach);
  if (!match) return undefined;
  const start = offset + match.index + match[0].lastIndexOf(match[1]);
  return { start, end: start + 4, year: Number(match[1]) };
}

/** A name (1–4 capitalised words, after an optional capitalised honorific) right before "(", "," or " - ". */
const HOLDER_BEFORE = /((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4})\s*(?:\(|,|[-–])\s*$/u;

function extractAges(prose: string, pack: FactsLanguagePack): AgeFact[] {
  const facts: AgeFact[] = [];
  const add = (kind: AgeFact['kind'], match: RegExpMatchArray) => {
    const start = match.index!;
    const { holder, holderText, group } = holderOf(prose, start, pack);
    facts.push({ kind, start, end: start + match[0].length, value: Number(match[1]), holder, holderText, group });
  };
  for (const match of prose.matchAll(pack.age)) add('age', match);
  for (const match of prose.matchAll(pack.birthYear)) add('birth', match);
  if (pack.nameByLastWord) resolveShortHolders(prose, facts, pack);
  return facts.sort((a, b) => a.start - b.start);
}

/**
 * "Doe" → "Jane Doe" when the document names exactly one person (by a first
 * name and this last word) ending with it; otherwise the holder stays "Doe"
 * and matches only other facts given to "Doe".
 */
function resolveShortHolders(prose: string, facts: AgeFact[], pack: FactsLanguagePack): void {
  const skip = new Set([...titleAndHonorificWords(pack), ...(pack.orgBeforeTitle?.ignore ?? [])]);
  const fullNames = new Map<string, Set<string>>();
  for (const fact of facts) {
    const words = fact.holderText.split(/\s+/);
    if (words.length !== 1 || !fact.holder || fullNames.has(fact.holder)) continue;
    const escaped = words[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = new Set<string>();
    for (const match of prose.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’-])(\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:\\p{Lu}\\.\\s+)?${escaped}(?![\\p{L}\\p{M}'’-])`, 'gu'))) {
      if (!skip.has(match[1].toLowerCase())) named.add(nameKey(`${match[1]} ${words[0]}`));
    }
    fullNames.set(fact.holder, named);
  }
  for (const fact of facts) {
    const named = fullNames.get(fact.holder);
    if (named?.size === 1) fact.holder = [...named][0];
  }
  // A full holder is compared by its first and last word ("Jane Q. Doe" / "Jane Doe").
  for (const fact of facts) {
    const words = fact.holder.split(' ');
    if (words.length > 2) fact.holder = `${words[0]} ${words[words.length - 1]}`;
  }
}

/** Lower-case words of the pack's titles and honorifics ("mayor", "deputy", "mr."): never a first name. */
function titleAndHonorificWords(pack: FactsLanguagePack): string[] {
  return [...pack.titles.map((title) => title.text), ...pack.honorifics].flatMap((text) => text.toLowerCase().split(/\s+/));
}

/**
 * Who an age or birth year belongs to: the name before the parenthesis or
 * apposition that holds it ("Nguyễn Văn A (38 tuổi, …)", "A, SN 1985, …").
 * The group is the offset where that parenthesis or apposition opens.
 */
function holderOf(prose: string, at: number, pack: FactsLanguagePack): { holder: string; holderText: string; group: number } {
  const lineStart = prose.lastIndexOf('\n', at) + 1;
  const before = prose.slice(Math.max(lineStart, at - 80), at);
  // Walk back over the other items of the same parenthesis/apposition ("(SN 1985, trú tại …, 38 tuổi").
  const open = Math.max(before.lastIndexOf('('), -1);
  const closed = before.lastIndexOf(')');
  let head = before;
  if (open > closed) head = before.slice(0, open + 1);
  else {
    // An apposition: "Nguyễn Văn A, 38 tuổi" — only when the age follows the name directly.
    if (!/[,–-]\s*$/u.test(before)) {
      // "Doe was born in 1970", "Doe, who was born in 1970".
      const subject = pack.birthHolderBefore?.exec(before);
      if (!subject) return { holder: '', holderText: '', group: at };
      const holderText = stripTitles(subject[1].split(/\s+/), pack).join(' ');
      return holderText ? { holder: nameKey(holderText), holderText, group: at } : { holder: '', holderText: '', group: at };
    }
  }
  const match = (pack.holderBefore ?? HOLDER_BEFORE).exec(head);
  const group = at - before.length + (open > closed ? open : before.length);
  if (!match) return { holder: '', holderText: '', group };
  // "Ông Nguyễn Văn Hải (SN 1975)" and "ông Nguyễn Văn Hải (42 tuổi)" are one holder.
  let words = match[1].split(/\s+/);
  if (words.length > 1 && pack.honorifics.some((honorific) => honorific.toLocaleLowerCase('vi') === words[0].toLocaleLowerCase('vi'))) words.shift();
  if (pack.nameByLastWord) words = stripTitles(words, pack);
  if (words.length > 4 || words.length === 0) return { holder: '', holderText: '', group };
  const holderText = words.join(' ');
  return { holder: nameKey(holderText), holderText, group };
}

/** English: "Deputy Mayor Jane Doe" → "Jane Doe", "The Doe" → "Doe" (title, honorific and sentence-opener words dropped from the front). */
function stripTitles(words: string[], pack: FactsLanguagePack): string[] {
  if (!pack.nameByLastWord) return words;
  const skip = new Set([...titleAndHonorificWords(pack), ...(pack.orgBeforeTitle?.ignore ?? [])]);
  let from = 0;
  while (from < words.length - 1 && skip.has(words[from].toLowerCase())) from++;
  return skip.has(words[from]?.toLowerCase() ?? '') ? [] : words.slice(from);
}

export function documentYearFacts(source: FactsSource): YearFacts {
  return source.shared('facts:years', () => extractYearFacts(source.prose, documentPack(source)));
}
