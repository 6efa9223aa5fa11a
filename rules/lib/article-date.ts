/**
 * The date of the article, to give a year to dates written without one and
 * to count anniversaries: front matter `date` (YYYY-MM-DD, a YAML date, or
 * d/m/yyyy), else a dateline at the start of the text ("Hà Nội, ngày 27/9/2023",
 * "WASHINGTON, Sept. 27, 2023 —"; the pack reads the month).
 */
import type { FrontMatter } from '../../server/src/engine/types.js';
import type { FactsLanguagePack } from './lang/index.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATELINE_WINDOW = 400;

export function articleDate(frontMatter: FrontMatter | undefined, prose: string, pack: FactsLanguagePack): CalendarDate | undefined {
  const declared = frontMatter?.data?.date;
  const fromFrontMatter = parseDateValue(declared);
  if (fromFrontMatter) return fromFrontMatter;
  const head = prose.slice(0, DATELINE_WINDOW);
  // The dateline is the first line of prose that is not a heading.
  for (const line of head.split('\n')) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const match = pack.dateline.exec(line);
    if (match?.groups) return validDate(Number(match.groups.year), pack.monthNumber(match.groups.month) ?? Number(match.groups.month), Number(match.groups.day));
    break;
  }
  return undefined;
}

function parseDateValue(value: unknown): CalendarDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(value);
  if (dmy) return validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

export function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Days since 1970-01-01, to compare and subtract dates. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/**
 * The year of a day and month written without one: the year that puts it
 * nearest to the article date (so "28/12" in an article of 3 January is last year's).
 */
export function nearestYear(month: number, day: number, reference: CalendarDate): number {
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    // 29/2 in a year without it: measure from 28/2 so a year is still chosen.
    const candidate = { year, month, day: Math.min(day, daysInMonth(year, month)) };
    const distance = Math.abs(dayNumber(candidate) - dayNumber(reference));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Whether facts of two articles may be compared: titles and counts change
 * over time, so only articles written within `days` of each other are; an
 * article without a date (a draft) is compared with every other.
 */
export function closeInTime(a: CalendarDate | undefined, b: CalendarDate | undefined, days: number): boolean {
  if (!a || !b) return true;
  return Math.abs(dayNumber(a) - dayNumber(b)) <= days;
}
