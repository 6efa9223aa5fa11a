/**
 * Numeric dates for a pack that reads them only in full (`numericDates:
 * 'full'`, English): "9/27/2023", "27.9.2023", "2023-09-27", and "9/28" only
 * with a weekday next to it ("Thursday (9/28)").
 *
 * English copy writes numeric dates month first (US) or day first (British),
 * and "3/4/2023" means 3 April to one desk and March 4 to the other. So the
 * numbers decide when they can: a number above 12 is the day ("9/27/2023",
 * "27/9/2023"); equal numbers read the same either way ("5/5/2023"); when both
 * are 12 or less the pack's `numericDateOrder` decides, and 'either' (plain
 * `lang: en`) leaves the date unread. Digits without a year and without a
 * weekday ("3/4 of the budget", "24/7", a score "3-1") are never dates here.
 */
import type { FactsLanguagePack } from './lang/index.js';

export interface NumericReading {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  year: number | undefined;
}

/** d/m/yyyy or m/d/yyyy with one separator used twice; a dash after it may start the other end of a range. */
const WITH_YEAR = /(?<![\p{L}\p{M}\p{N}/.,:])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{M}\p{N}]|[/.,]\p{N})/gu;
/** yyyy-mm-dd. */
const ISO = /(?<![\p{L}\p{M}\p{N}/.,:-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{M}\p{N}]|[/.,-]\p{N})/gu;
/** m/d or d/m without a year, kept only when a weekday stands next to it. */
const WITHOUT_YEAR = /(?<![\p{L}\p{M}\p{N}/.,:-])(\d{1,2})\/(\d{1,2})(?![\p{L}\p{M}\p{N}]|[/.,-]\p{N})/gu;

export function readFullNumericDates(prose: string, pack: FactsLanguagePack): { withYear: NumericReading[]; withoutYear: NumericReading[] } {
  const withYear: NumericReading[] = [];
  for (const match of prose.matchAll(WITH_YEAR)) {
    const order = readOrder(Number(match[1]), Number(match[3]), pack.numericDateOrder);
    if (order) withYear.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], ...order, year: Number(match[4]) });
  }
  for (const match of prose.matchAll(ISO)) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    withYear.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], day, month, year: Number(match[1]) });
  }
  const withoutYear: NumericReading[] = [];
  for (const match of prose.matchAll(WITHOUT_YEAR)) {
    const order = readOrder(Number(match[1]), Number(match[2]), pack.numericDateOrder);
    if (order) withoutYear.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], ...order, year: undefined });
  }
  return { withYear: withYear.sort((a, b) => a.start - b.start), withoutYear };
}

/** Day and month of "first/second", or undefined when the numbers allow no reading or two. */
export function readOrder(first: number, second: number, order: FactsLanguagePack['numericDateOrder']): { day: number; month: number } | undefined {
  if (first < 1 || second < 1 || first > 31 || second > 31) return undefined;
  if (first > 12 && second > 12) return undefined;
  if (first > 12) return { day: first, month: second };
  if (second > 12) return { day: second, month: first };
  if (first === second || order === 'dmy') return { day: first, month: second };
  if (order === 'mdy') return { day: second, month: first };
  return undefined;
}
