/**
 * year-arithmetic: numbers of years that do not subtract.
 *
 * - "kỷ niệm 70 năm … (1954 - 2025)": an anniversary is exactly the
 *   difference of its two years; another span ("kế hoạch 5 năm (2021-2025)")
 *   may count both ends, so the difference or one more passes.
 * - "kỷ niệm 50 năm thành lập (năm 1973)" in an article dated 2024: the span
 *   against the article year, one year either way allowed (celebrations are
 *   prepared the year before and reported the year after).
 * - an age beside a birth year of the same person ("(SN 1985)" … "(38
 *   tuổi)"), against the article year; the birthday may not have come yet, so
 *   the difference or one less passes. Ages of different people are never
 *   compared: the name before each parenthesis must be the same.
 * Approximate spans ("hơn 70 năm") are never checked.
 * English drafts (`lang: en`): "the 70th anniversary (1954-2025)", "marks 50
 * years since … in 1973", "Jane Doe, 42," beside "(born 1970)" or "Doe was
 * born in 1970"; "more than 70 years" is approximate.
 */
import { defineRule } from '../server/src/engine/rule.js';
import { documentArticleDate, documentPack } from './lib/document-facts.js';
import { documentYearFacts, type AgeFact } from './lib/years.js';

export default defineRule({
  id: 'year-arithmetic',
  description: {
    en: 'Numbers of years that do not match the years beside them: anniversaries, spans, ages.',
    vi: 'Số năm không khớp với các năm đi kèm: kỷ niệm, khoảng thời gian, tuổi.',
  },
  severity: 'warning',
  fixable: false,
  tags: ['facts'],
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  defaultOptions: {},
  messages: {
    spanPair: {
      en: '"{span}" does not match {from}–{to}, which is {difference} years. Write "{suggestion}" or check the years.',
      vi: '"{span}" không khớp với {from}–{to} (cách nhau {difference} năm). Hãy viết "{suggestion}" hoặc kiểm tra lại các năm.',
    },
    spanFounding: {
      en: '"{span}" does not match {founded} and the article year {year} ({difference} years). Check the number or the year.',
      vi: '"{span}" không khớp với năm {founded} và năm của bài {year} ({difference} năm). Hãy kiểm tra lại số năm hoặc năm thành lập.',
    },
    age: {
      en: '{name} is {age} here but born in {born}: in {year} that makes {expected}. Check the age or the birth year.',
      vi: '{name} {age} tuổi nhưng sinh năm {born}: đến năm {year} là {expected} tuổi. Hãy kiểm tra lại tuổi hoặc năm sinh.',
    },
    years: { en: 'the years', vi: 'các năm' },
    birth: { en: 'birth year given here', vi: 'năm sinh ghi ở đây' },
  },
  check(context, _options, reporter) {
    const { spans, ages } = documentYearFacts(context);
    const pack = documentPack(context);
    const articleYear = documentArticleDate(context)?.year;
    for (const span of spans) {
      if (span.qualified) continue;
      const text = context.source.slice(span.start, span.end);
      if (span.pair) {
        const difference = span.pair.toYear - span.pair.fromYear;
        if (difference <= 0) continue; // a backwards pair is invalid-date's or a typo of another kind
        const allowed = span.anniversary ? [difference] : [difference, difference + 1];
        if (allowed.includes(span.value)) continue;
        const suggestion = pack.yearSpanText?.(difference, text) ?? `${difference} năm`;
        reporter.report({
          messageId: 'spanPair',
          data: { span: text, from: span.pair.fromYear, to: span.pair.toYear, difference, suggestion },
          start: span.start,
          end: span.end,
          related: [{ start: span.pair.start, end: span.pair.end, messageId: 'years' }],
        });
      } else if (span.anniversary && span.founding && articleYear !== undefined) {
        const difference = articleYear - span.founding.year;
        if (difference <= 0 || Math.abs(difference - span.value) <= 1) continue;
        reporter.report({
          messageId: 'spanFounding',
          data: { span: text, founded: span.founding.year, year: articleYear, difference },
          start: span.start,
          end: span.end,
          related: [{ start: span.founding.start, end: span.founding.end, messageId: 'years' }],
        });
      }
    }
    if (articleYear === undefined) return;
    for (const age of ages.filter((fact) => fact.kind === 'age')) {
      const birth = birthOf(age, ages);
      if (!birth) continue;
      const expected = articleYear - birth.value;
      if (expected <= 0 || age.value === expected || age.value === expected - 1) continue;
      reporter.report({
        messageId: 'age',
        data: { name: age.holderText || birth.holderText, age: age.value, born: birth.value, year: articleYear, expected },
        start: age.start,
        end: age.end,
        related: [{ start: birth.start, end: birth.end, messageId: 'birth' }],
      });
    }
  },
});

/** The birth year in the same parenthesis, else the only birth year given to the same name. */
function birthOf(age: AgeFact, facts: AgeFact[]): AgeFact | undefined {
  const births = facts.filter((fact) => fact.kind === 'birth');
  const sameGroup = births.filter((birth) => birth.group === age.group);
  if (sameGroup.length === 1) return sameGroup[0];
  if (!age.holder) return undefined;
  const sameName = births.filter((birth) => birth.holder === age.holder);
  const years = new Set(sameName.map((birth) => birth.value));
  return years.size === 1 ? sameName[0] : undefined;
}
