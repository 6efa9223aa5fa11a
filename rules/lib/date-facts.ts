/**
 * Dates as facts: the numeric dates of `dates.ts` (shared with date-format)
 * plus long dates ("ngày 27 tháng 9 năm 2023"), ranges ("từ ngày 25 đến 29-9",
 * "25-29/9", "7/5/1954 - 7/5/2024"), the weekday written next to each date,
 * and the year of every date: written, borrowed from the other end of its
 * range, or the one nearest the article date.
 *
 * What is read depends on the document's language pack: Vietnamese numeric
 * dates come from `dates.ts` (cued d/m), English ones from
 * `full-numeric-dates.ts` (a year or a weekday, an order the numbers allow);
 * English long dates may carry the last day of a range ("Sept. 25-29"), read
 * here as two dates and a range.
 */
import { documentDates, type DateMention } from './dates.js';
import { nearestYear, type CalendarDate } from './article-date.js';
import { documentArticleDate, documentPack, type FactsSource } from './document-facts.js';
import { readFullNumericDates, type NumericReading } from './full-numeric-dates.js';
import type { FactsLanguagePack } from './lang/index.js';
import { groupBy } from './group-by.js';

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
  /**
   * "days": one end is a bare day sharing the other's month ("25-29/9": the
   * start; "Sept. 25-29": the end, whose FactDate has the month's label as
   * text); "dates": two full dates.
   */
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
    const numeric = pack.numericDates === 'full' ? [] : documentDates(source).filter((date) => date.kind === 'day-month' && date.day !== undefined);
    const long = longDates(source.prose, pack);
    const dates = [...numeric.map(fromNumeric), ...fullNumericDates(source.prose, pack), ...long.dates].sort((a, b) => a.start - b.start);
    giveEachWeekdayOneDate(dates);
    const ranges = [...long.ranges, ...findRanges(source.prose, pack, dates, numeric, long.ranges)].sort((a, b) => a.start - b.start);
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
  const claims = groupBy(dates.filter((date) => date.weekday), (date) => date.weekday!.start);
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

/** Numeric dates of a pack that reads them in full: with a year, or without one beside a weekday. */
function fullNumericDates(prose: string, pack: FactsLanguagePack): FactDate[] {
  if (pack.numericDates !== 'full') return [];
  const { withYear, withoutYear } = readFullNumericDates(prose, pack);
  const toFact = (reading: NumericReading, weekday: WeekdayMention | undefined): FactDate => ({
    start: reading.start,
    end: reading.end,
    text: reading.text,
    form: 'numeric',
    day: reading.day,
    month: reading.month,
    writtenYear: reading.year,
    year: undefined,
    yearSource: undefined,
    weekday,
    lunar: false,
  });
  const dates = withYear.map((reading) => toFact(reading, weekdayNear(prose, pack, reading.start, reading.end)));
  for (const reading of withoutYear) {
    const weekday = weekdayNear(prose, pack, reading.start, reading.end);
    if (weekday) dates.push(toFact(reading, weekday));
  }
  return dates;
}

/** "ngày 15 tháng Giêng", "ngày 15 tháng 7 (âm lịch)": Vietnamese month words and the lunar mark. */
function isLunar(monthWord: string, after: string): boolean {
  return !/^\d/.test(monthWord) || /^\s*\(?\s*(?:âm\s+lịch|ÂL)/iu.test(after);
}

function longDates(prose: string, pack: FactsLanguagePack): { dates: FactDate[]; ranges: DateRange[] } {
  const dates: FactDate[] = [];
  const ranges: DateRange[] = [];
  const claimed: Array<[number, number]> = [];
  for (const pattern of [pack.longDate, ...(pack.longDateForms ?? [])]) {
    for (const match of prose.matchAll(pattern)) {
      const groups = match.groups!;
      const month = pack.monthNumber(groups.month);
      const day = Number(groups.day);
      if (month === undefined) continue;
      const start = match.index!;
      const end = start + match[0].length;
      // Two forms may read one date ("27 September" inside "Sept. 27 September"): the first form wins.
      if (claimed.some(([from, to]) => start < to && end > from)) continue;
      claimed.push([start, end]);
      const lunar = (pack.lunarDate ?? isLunar)(groups.month, prose.slice(end, end + 20));
      const writtenYear = groups.year ? Number(groups.year) : undefined;
      const endDay = groups.endDay === undefined ? undefined : Number(groups.endDay);
      // "Sept. 25-29, 2023": the first date ends at its day (and ordinal), the range at the year.
      const dayAt = match[0].search(/\d/);
      const dayEnd = dayAt + groups.day.length + (/^(?:st|nd|rd|th)/.exec(match[0].slice(dayAt + groups.day.length))?.[0].length ?? 0);
      const firstEnd = endDay === undefined ? end : start + dayEnd;
      const first: FactDate = {
        start,
        end: firstEnd,
        text: prose.slice(start, firstEnd),
        form: 'long',
        day,
        month,
        writtenYear,
        year: undefined,
        yearSource: undefined,
        weekday: weekdayNear(prose, pack, start, firstEnd),
        lunar,
      };
      dates.push(first);
      if (endDay === undefined) continue;
      const endDayStart = start + match[0].indexOf(groups.endDay, dayEnd);
      // "moved from Sept. 29 to 25": a move, not a span; a dash always spans.
      if (!/[-–]/.test(prose.slice(firstEnd, endDayStart)) && endsBeforeRangeMoves(prose, pack, start)) continue;
      const last: FactDate = {
        start: endDayStart,
        end: endDayStart + groups.endDay.length,
        text: (pack.formatDate ?? formatNumeric)({ day: endDay, month }),
        form: 'long',
        day: endDay,
        month,
        writtenYear,
        year: undefined,
        yearSource: undefined,
        weekday: undefined,
        lunar,
      };
      dates.push(last);
      ranges.push({ start, end: last.end, from: { start, end: firstEnd, day, month, year: undefined, yearWritten: false }, to: last, kind: 'days' });
    }
  }
  return { dates, ranges };
}

/** "postponed from Oct. 2 to Sept. 28": a pack's move words in the sentence before the first date. */
function endsBeforeRangeMoves(prose: string, pack: FactsLanguagePack, start: number): boolean {
  if (!pack.rangeMoveBefore) return false;
  return pack.rangeMoveBefore.test(prose.slice(Math.max(0, start - 80), start));
}

/** How messages write a date when the pack does not say: d/m or d/m/yyyy. */
export function formatNumeric({ day, month, year }: { day: number; month: number; year?: number }): string {
  return year === undefined ? `${day}/${month}` : `${day}/${month}/${year}`;
}

/** The pack's weekday pattern without the g flag (first match only), compiled once per pack instead of per date. */
const firstWeekdayPatterns = new WeakMap<RegExp, RegExp>();
function firstWeekday(weekday: RegExp): RegExp {
  let pattern = firstWeekdayPatterns.get(weekday);
  if (!pattern) {
    pattern = new RegExp(weekday.source, 'iu');
    firstWeekdayPatterns.set(weekday, pattern);
  }
  return pattern;
}

/** A weekday right before ("thứ Năm, ngày 29 tháng 9") or right after ("ngày 29 tháng 9 (thứ Năm)") a long date. */
function weekdayNear(prose: string, pack: FactsLanguagePack, start: number, end: number): WeekdayMention | undefined {
  const before = prose.slice(Math.max(0, start - 30), start);
  const after = prose.slice(end, end + 30);
  for (const match of before.matchAll(pack.weekday)) {
    const gap = before.slice(match.index! + match[0].length);
    const index = pack.weekdayIndex(match[0]);
    // "Monday-Friday, Sept. 25-29": the end of a span of weekdays names no date.
    if (pack.weekdaySpanBefore?.test(before.slice(0, match.index!))) continue;
    if (index !== undefined && (gap === '' || pack.weekdayDateGap.test(gap) || /^\s*,\s*$/u.test(gap))) {
      const weekdayStart = start - before.length + match.index!;
      return { start: weekdayStart, end: weekdayStart + match[0].length, text: match[0], index };
    }
  }
  const match = firstWeekday(pack.weekday).exec(after);
  if (match && pack.dateWeekdayGap.test(after.slice(0, match.index)) && match.index > 0) {
    const index = pack.weekdayIndex(match[0]);
    if (index !== undefined) return { start: end + match.index, end: end + match.index + match[0].length, text: match[0], index };
  }
  return undefined;
}

const BARE_DAY_BEFORE = /(?<![\p{L}\p{M}\p{N}/.,:])(?:(từ)\s+)?(?:(ngày)\s+)?(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?$/iu;

function findRanges(prose: string, pack: FactsLanguagePack, dates: FactDate[], numeric: readonly DateMention[], known: readonly DateRange[] = []): DateRange[] {
  const ranges: DateRange[] = [...known];
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
    const longDash = pack.dashJoinsLongDates === true && from.form === 'long';
    if (dash && !opened && !longDash && (from.writtenYear === undefined || to.writtenYear === undefined)) continue;
    if (!dash && endsBeforeRangeMoves(prose, pack, from.start)) continue;
    ranges.push({
      start: from.start,
      end: to.end,
      from: { start: from.start, end: from.end, day: from.day, month: from.month, year: from.writtenYear, yearWritten: from.writtenYear !== undefined },
      to,
      fromDate: from,
      kind: 'dates',
    });
  }
  return ranges.slice(known.length).sort((a, b) => a.start - b.start);
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
