/**
 * weekday-mismatch: a weekday written next to a date that falls on another
 * day ("Thứ Năm (28/9/2023)" — 28/9/2023 was a Thursday, so this passes;
 * "thứ Hai, 27/9/2023" does not: it was a Wednesday).
 *
 * The year is the one written, else the one of the other end of the range,
 * else the year nearest the article date (front matter `date` or a dateline);
 * without any of them the weekday cannot be checked and nothing is reported.
 * The fix rewrites the weekday only, in the writer's style ("thứ 2" stays
 * digits, "Thứ Năm" keeps its capitals): the date is more often copied from
 * the source, the weekday more often worked out by hand.
 * English drafts (`lang: en`): "Wednesday, Sept. 27, 2023", "on Thursday
 * (Sept. 28)", "Sept. 28 (Thursday)", "Wednesday, 9/27/2023"; the fix writes
 * the English weekday ("Wednesday", "Wed." for "Thu.").
 */
import { defineRule } from '../server/src/engine/rule.js';
import { validDate, weekdayOf } from './lib/article-date.js';
import { documentDateFacts, formatNumeric } from './lib/date-facts.js';
import { documentPack } from './lib/document-facts.js';

export interface WeekdayMismatchOptions {
  useArticleDate: boolean;
}

export default defineRule<WeekdayMismatchOptions>({
  id: 'weekday-mismatch',
  description: {
    en: 'A weekday next to a date that falls on another day of the week.',
    vi: 'Thứ trong tuần không khớp với ngày đi kèm.',
  },
  severity: 'error',
  fixable: true,
  tags: ['facts', 'dates'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      useArticleDate: {
        type: 'boolean',
        description: 'Check dates written without a year, taking the year nearest the article date.',
      },
    },
  },
  defaultOptions: { useArticleDate: true },
  messages: {
    mismatch: {
      en: '{when} is a {actualEn}, not {written}. Write "{expected}" (or check the date).',
      vi: 'Ngày {when} là {expected}, không phải {written}. Hãy viết "{expected}" (hoặc kiểm tra lại ngày).',
    },
    mismatchArticleYear: {
      en: '{date} in {year} (the year of the article date) is a {actualEn}, not {written}. Write "{expected}" (or check the date).',
      vi: 'Ngày {date} năm {year} (năm của bài) là {expected}, không phải {written}. Hãy viết "{expected}" (hoặc kiểm tra lại ngày).',
    },
  },
  check(context, options, reporter) {
    const pack = documentPack(context);
    for (const date of documentDateFacts(context).dates) {
      const weekday = date.weekday;
      if (!weekday || date.lunar || date.year === undefined) continue;
      if (date.yearSource === 'article' && !options.useArticleDate) continue;
      const calendar = validDate(date.year, date.month, date.day);
      if (!calendar) continue; // invalid-date reports it
      const actual = weekdayOf(calendar);
      if (actual === weekday.index) continue;
      const expected = pack.weekdayName(actual, weekday.text);
      const formatDate = pack.formatDate ?? formatNumeric;
      reporter.report({
        messageId: date.yearSource === 'article' ? 'mismatchArticleYear' : 'mismatch',
        data: {
          date: formatDate({ day: date.day, month: date.month }),
          when: formatDate({ day: date.day, month: date.month, year: date.year }),
          year: date.year,
          // "Wed." ends the sentence with its own dot: "… not Wed. Write …".
          written: weekday.text.replace(/\.$/, ''),
          expected,
          actualEn: ENGLISH_WEEKDAYS[actual],
        },
        start: weekday.start,
        end: weekday.end,
        fix: { title: `Write "${expected}"`, edits: [{ start: weekday.start, end: weekday.end, text: expected }] },
      });
    }
  },
});

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
