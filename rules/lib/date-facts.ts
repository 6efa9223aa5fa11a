/**
 * Dates as facts: the numeric dates of `dates.ts` (shared with date-format)
 * plus long dates ("ngày 27 tháng 9 năm 2023"), ranges ("từ ngày 25 đến 29-9",
 * "25-29/9", "7/5/1954 - 7/5/2024"), the weekday written next to each date,
 * and the year of every date: written, borrowed from the other end of its
 * range, or the one nearest the article date.
 */
import { documentDates, type DateMention } from './dates.js';
import { nearestYear, type CalendarDate } from './article-date.js';
import { documentArticleDate, documentPack, type FactsSource } from './document-facts.js';
import type { FactsLanguagePack } from './lang/index.js';

export type YearSource = 'written' | 'range' | 'article';

export interface WeekdayMention {
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday … 6 = Saturday. */
  index: number;
}

export interface FactDate {
  start: number;
  end: number;
  text: string;
  form: 'numeric' | 'long';
  day: number;
  month: number;
  /** The year as written, if any. */
  writtenYear: number | undefined;
  /** The year used for checks, and where it came from; undefined when nothing gives one. */
  year: number | undefined;
  yearSource: YearSource | undefined;
  weekday: WeekdayMention | undefined;
  /** Lunar-calendar dates ("15 tháng Giêng", "15/7 âm lịch") are never checked against the solar calendar. */
  lunar: boolean;
}

/** Two dates of one span: "25-29/9" (from is a bare day), "từ 25/9 đến 2/10", "7/5/1954 - 7/5/2024". */
export interface DateRange {
  start: number;
  end: number;
  from: { start: number; end: number; day: number; month: number; year: number | undefined; yearWritten: boolean };
  to: FactDate;
  /** The first date of a "dates" range. */
  fromDate?: FactDate;
  /** "days": the start is a bare day sharing the end's month ("25-29/9"); "dates": two full dates. */
  kind: 'days' | 'dates';
}

export interface DateFacts {
  dates: FactDate[];
  ranges: DateRange[];
  articleDate: CalendarDate | undefined;
}

export function documentDateFacts(source: FactsSource & { shared: FactsSource['shared'] }): DateFacts {
  return source.shared('facts:dates', () => {
    const pack = documentPack(source);
    const reference = documentArticleDate(source);
    const numeric = documentDates(source).filter((date) => date.kind === 'day-month' && date.day !== undefined);
    const dates = [...numeric.map(fromNumeric), ...longDates(source.prose, pack)].sort((a, b) => a.start - b.start);
    giveEachWeekdayOneDate(dates);
    const ranges = findRanges(source.prose, pack, dates, numeric);
    resolveYears(dates, ranges, reference);
    return { dates, ranges, articleDate: reference };
  });
}

/**
 * A weekday between two dates ("7/5/1954 - 7/5/2024 thứ Hai (27/9/2023)")
 * is found next to both; it belongs to one. The date that follows it wins
 * ("Thứ Năm (29/9)"), else the nearest one before it; the others lose it.
 */
function giveEachWeekdayOneDate(dates: FactDate[]): void {
  const claims = new Map<number, FactDate[]>();
  for (const date of dates) if (date.weekday) claims.set(date.weekday.start, [...(claims.get(date.weekday.start) ?? []), date]);
  for (const [weekdayStart, claimants] of claims) {
    if (claimants.length < 2) continue;
    const following = claimants.filter((date) => date.start > weekdayStart).sort((a, b) => a.start - b.start);
    const owner = following[0] ?? claimants.sort((a, b) => b.end - a.end)[0];
    for (const date of claimants) if (date !== owner) date.weekday = undefined;
  }
}

function fromNumeric(date: DateMention): FactDate {
  return {
    start: date.start,
    end: date.end,
    text: date.text,
    form: 'numeric',
    day: date.day!,
    month: date.month,
    writtenYear: date.year !== undefined && (date.yearText?.length ?? 0) === 4 ? date.year : undefined,
    year: undefined,
    yearSource: undefined,
    weekday: date.weekday && date.weekday.index !== undefined ? { ...date.weekday } : undefined,
    lunar: date.lunar,
  };
}

function longDates(prose: string, pack: FactsLanguagePack): FactDate[] {
  const found: FactDate[] = [];
  for (const match of prose.matchAll(pack.longDate)) {
    const groups = match.groups!;
    const month = pack.monthNumber(groups.month);
    const day = Number(groups.day);
    if (month === undefined) continue;
    const start = match.index!;
    const end = start + match[0].length;
    const lunar = !/^\d/.test(groups.month) || /^\s*\(?\s*(?:âm\s+lịch|ÂL)/iu.test(prose.slice(end, end + 20));
    found.push({
      start,
      end,
      text: match[0],
      form: 'long',
      day,
      month,
      writtenYear: groups.year ? Number(groups.year) : undefined,
      year: undefined,
      yearSource: undefined,
      weekday: weekdayNear(prose, pack, start, end),
      lunar,
    });
  }
  return found;
}

/** A weekday right before ("thứ Năm, ngày 29 tháng 9") or right after ("ngày 29 tháng 9 (thứ Năm)") a long date. */
function weekdayNear(prose: string, pack: FactsLanguagePack, start: number, end: number): WeekdayMention | undefined {
  const before = prose.slice(Math.max(0, start - 30), start);
  const after = prose.slice(end, end + 30);
  for (const match of before.matchAll(pack.weekday)) {
    const gap = before.slice(match.index! + match[0].length);
    const index = pack.weekdayIndex(match[0]);
    if (index !== undefined && (gap === '' || pack.weekdayDateGap.test(gap) || /^\s*,\s*$/u.test(gap))) {
      const weekdayStart = start - before.length + match.index!;
      return { start: weekdayStart, end: weekdayStart + match[0].length, text: match[0], index };
    }
  }
  const match = new RegExp(pack.weekday.source, 'iu').exec(after);
  if (match && pack.dateWeekdayGap.test(after.slice(0, match.index)) && match.index > 0) {
    const index = pack.weekdayIndex(match[0]);
    if (index !== undefined) return { start: end + match.index, end: end + match.index + match[0].length, text: match[0], index };
  }
  return undefined;
}

const BARE_DAY_BEFORE = /(?<![\p{L}\p{M}\p{N}/.,:])(?:(từ)\s+)?(?:(ngày)\s+)?(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?$/iu;

function findRanges(prose: string, pack: FactsLanguagePack, dates: FactDate[], numeric: readonly DateMention[]): DateRange[] {
  const ranges: DateRange[] = [];
  const byStart = new Map(dates.map((date) => [date.start, date]));
  // "25-29/9": the extractor already read the bare first day.
  for (const mention of numeric) {
    const to = byStart.get(mention.start);
    if (!to || !mention.rangeFrom) continue;
    ranges.push(dayRange(mention.rangeFrom.start, mention.rangeFrom.end, mention.rangeFrom.day, to));
  }
  for (let i = 0; i < dates.length; i++) {
    const to = dates[i];
    if (ranges.some((range) => range.to === to)) continue;
    // "từ ngày 25 đến 29-9"
    const before = prose.slice(Math.max(0, to.start - 30), to.start);
    const bare = BARE_DAY_BEFORE.exec(before);
    if (bare && (bare[1] || bare[2])) {
      const dayStart = to.start - before.length + bare.index + bare[0].search(/\d/);
      ranges.push(dayRange(dayStart, dayStart + bare[3].length, Number(bare[3]), to));
      continue;
    }
    // "25/9 - 2/10", "từ 25/9 đến 2/10", "7/5/1954 - 7/5/2024"
    const from = dates[i - 1];
    if (!from || from.form !== to.form) continue;
    const gap = prose.slice(from.end, to.start);
    if (!pack.rangeJoin.test(gap)) continue;
    const dash = /^\s*[-–—]\s*$/u.test(gap);
    // A dash alone joins a range only when the first date opens it ("từ …") or both carry a year.
    const opened = pack.rangeOpener.test(prose.slice(Math.max(0, from.start - 12), from.start));
    if (dash && !opened && (from.writtenYear === undefined || to.writtenYear === undefined)) continue;
    ranges.push({
      start: from.start,
      end: to.end,
      from: { start: from.start, end: from.end, day: from.day, month: from.month, year: from.writtenYear, yearWritten: from.writtenYear !== undefined },
      to,
      fromDate: from,
      kind: 'dates',
    });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function dayRange(start: number, end: number, day: number, to: FactDate): DateRange {
  return {
    start,
    end: to.end,
    from: { start, end, day, month: to.month, year: undefined, yearWritten: false },
    to,
    kind: 'days',
  };
}

/** Written year first, then the other end of a range, then the article date. */
function resolveYears(dates: FactDate[], ranges: DateRange[], reference: CalendarDate | undefined): void {
  for (const date of dates) {
    if (date.writtenYear !== undefined) {
      date.year = date.writtenYear;
      date.yearSource = 'written';
    }
  }
  for (const range of ranges) {
    const to = range.to;
    const fromDate = range.fromDate;
    if (fromDate && fromDate.year === undefined && to.year !== undefined) {
      // "từ 25/12 đến 5/1/2024": a start later in the year than the end belongs to the year before.
      fromDate.year = fromDate.month > to.month ? to.year - 1 : to.year;
      fromDate.yearSource = 'range';
    }
    if (to.year === undefined && fromDate?.writtenYear !== undefined) {
      to.year = to.month < fromDate.month ? fromDate.writtenYear + 1 : fromDate.writtenYear;
      to.yearSource = 'range';
    }
  }
  if (reference) {
    for (const date of dates) {
      if (date.year !== undefined || date.lunar) continue;
      date.year = nearestYear(date.month, date.day, reference);
      date.yearSource = 'article';
    }
  }
  for (const range of ranges) range.from.year = range.kind === 'days' ? range.to.year : range.fromDate?.year;
}
