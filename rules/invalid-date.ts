/**
 * invalid-date: dates that do not exist ("31/9", "29/2/2023") and ranges that
 * end before they start ("29-25/9", "từ 7/5/2024 đến 7/5/1954").
 *
 * Only what the date extractor takes for a date is checked (a day word, a
 * weekday or a year next to it), so fractions, scores and decree numbers
 * ("30/2020/NĐ-CP") never reach this rule. Lunar dates ("30 tháng Chạp",
 * "15/7 âm lịch") follow another calendar and are skipped. "29/2" is checked
 * against a year only when the year is written (or given by the other end of
 * its range): a year guessed from the article date is not evidence enough.
 * English drafts (`lang: en`) are read by the English pack: "Sept. 31",
 * "Feb. 29, 2023", "9/31/2023" (only numeric dates whose numbers allow one
 * reading), "Sept. 29-25".
 */
import { defineRule } from '../server/src/engine/rule.js';
import { dayNumber, daysInMonth } from './lib/article-date.js';
import { documentDateFacts, formatNumeric, type DateRange, type FactDate } from './lib/date-facts.js';
import { documentPack } from './lib/document-facts.js';

/** Longest month length in any year (February: 29). */
const MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export default defineRule({
  id: 'invalid-date',
  description: {
    en: 'Dates that do not exist (31/9, 29/2/2023) and date ranges that end before they start.',
    vi: 'Ngày không có thật (31/9, 29/2/2023) và khoảng ngày kết thúc trước khi bắt đầu.',
  },
  severity: 'error',
  fixable: false,
  tags: ['facts', 'dates'],
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  messages: {
    noSuchDay: {
      en: '{date} does not exist: {monthName} has {max} days. Check the source and write the right day.',
      vi: 'Không có ngày {date}: tháng {month} chỉ có {max} ngày. Hãy kiểm tra nguồn và viết đúng ngày.',
    },
    notLeapYear: {
      en: '{date} does not exist: {year} is not a leap year, so February has 28 days. Write {lastDay} or {nextDay}, or check the year.',
      vi: 'Không có ngày {date}: năm {year} không nhuận, tháng 2 chỉ có 28 ngày. Hãy viết {lastDay} hoặc {nextDay}, hoặc kiểm tra lại năm.',
    },
    rangeBackwards: {
      en: 'This range ends ({to}) before it starts ({from}). Put the earlier date first.',
      vi: 'Khoảng ngày này kết thúc ({to}) trước khi bắt đầu ({from}). Hãy viết ngày sớm hơn trước.',
    },
    rangeStart: { en: 'the range starts here', vi: 'khoảng ngày bắt đầu ở đây' },
  },
  check(context, _options, reporter) {
    const { dates, ranges } = documentDateFacts(context);
    const pack = documentPack(context);
    const formatDate = pack.formatDate ?? formatNumeric;
    for (const date of dates) {
      if (date.lunar) continue;
      const yearIsSure = date.yearSource === 'written' || date.yearSource === 'range';
      if (date.day > MAX_DAYS[date.month]) {
        const monthName = pack.monthName?.(date.month) ?? `month ${date.month}`;
        reporter.report({ messageId: 'noSuchDay', data: { date: date.text, month: date.month, monthName, max: MAX_DAYS[date.month] === 29 ? 29 : MAX_DAYS[date.month] }, start: date.start, end: date.end });
      } else if (yearIsSure && date.year !== undefined && date.day > daysInMonth(date.year, date.month)) {
        const lastDay = formatDate({ day: 28, month: 2 });
        const nextDay = formatDate({ day: 1, month: 3 });
        reporter.report({ messageId: 'notLeapYear', data: { date: date.text, year: date.year, lastDay, nextDay }, start: date.start, end: date.end });
      }
    }
    for (const range of ranges) {
      if (range.to.lunar || !endsBeforeStart(range)) continue;
      const fromText = context.source.slice(range.from.start, range.from.end);
      reporter.report({
        messageId: 'rangeBackwards',
        data: { from: fromText, to: range.to.text },
        start: range.start,
        end: range.end,
        related: [{ start: range.from.start, end: range.from.end, messageId: 'rangeStart' }],
      });
    }
  },
});

function endsBeforeStart(range: DateRange): boolean {
  const { from, to } = range;
  if (range.kind === 'days') {
    // "30-2/10" is shorthand for 30/9 – 2/10, not a backwards range.
    if (from.day >= 25 && to.day <= 7) return false;
    return from.day > to.day;
  }
  const fromDate = range.fromDate as FactDate;
  if (fromDate.writtenYear !== undefined && to.writtenYear !== undefined) {
    return dayNumber({ year: fromDate.writtenYear, month: from.month, day: from.day }) > dayNumber({ year: to.writtenYear, month: to.month, day: to.day });
  }
  if (fromDate.writtenYear !== undefined || to.writtenYear !== undefined) return false;
  // No years: the same month read backwards, or a month far later with no turn of the year between.
  if (from.month === to.month) return from.day > to.day;
  return from.month > to.month && !(from.month >= 10 && to.month <= 3);
}
