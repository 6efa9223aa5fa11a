/** Date facts: long dates, ranges, weekdays, lunar dates and the year each date gets. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/engine/parse.js';
import { articleDate, nearestYear } from '../rules/lib/article-date.js';
import { documentDateFacts } from '../rules/lib/date-facts.js';
import { standaloneFactsSource } from '../rules/lib/document-facts.js';
import { vi } from '../rules/lib/lang/vi.js';

function facts(markdown: string) {
  const parsed = parseDocument(markdown);
  return documentDateFacts(standaloneFactsSource(parsed.prose, parsed.frontMatter));
}

const dated = (body: string, date = '2023-09-27') => `---\ndate: ${date}\n---\n\n${body}\n`;

describe('date facts', () => {
  it('reads long dates, with and without a year', () => {
    const { dates } = facts('Hà Nội, ngày 27 tháng 9 năm 2023. Hạn chót là ngày 5 tháng 10.\n');
    expect(dates.map((date) => [date.form, date.day, date.month, date.writtenYear])).toEqual([
      ['long', 27, 9, 2023],
      ['long', 5, 10, undefined],
    ]);
  });

  it('marks lunar dates and never gives them a solar year', () => {
    const { dates } = facts(dated('Lễ hội mở vào ngày 15 tháng Giêng và ngày 15/7 âm lịch.'));
    expect(dates.map((date) => [date.lunar, date.year])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
  });

  it('reads the weekday on either side of a date, in words or digits', () => {
    const { dates } = facts('Thứ Năm (29/9/2023) và ngày 1/10/2023 (Chủ nhật), thứ 7, 30/9/2023; thứ Tư, ngày 4 tháng 10 năm 2023.\n');
    expect(dates.map((date) => [date.text, date.weekday?.text, date.weekday?.index])).toEqual([
      ['29/9/2023', 'Thứ Năm', 4],
      ['1/10/2023', 'Chủ nhật', 0],
      ['30/9/2023', 'thứ 7', 6],
      ['ngày 4 tháng 10 năm 2023', 'thứ Tư', 3],
    ]);
  });

  it('reads ranges: a bare day before a date, two dates, a dash between full dates', () => {
    const { ranges } = facts('Hội chợ từ ngày 25 đến 29-9, triển lãm ngày 25-29/9, giải đấu từ 25/12 đến 5/1/2024, kỷ niệm (7/5/1954 - 7/5/2024).\n');
    expect(ranges.map((range) => [range.kind, range.from.day, range.from.month, range.from.year, range.to.text, range.to.year])).toEqual([
      ['days', 25, 9, undefined, '29-9', undefined],
      ['days', 25, 9, undefined, '29/9', undefined],
      ['dates', 25, 12, 2023, '5/1/2024', 2024],
      ['dates', 7, 5, 1954, '7/5/2024', 2024],
    ]);
  });

  it('does not join two dates with a bare dash unless a year or "từ" makes it a range', () => {
    const { ranges } = facts('Sáng 27/9 - chiều 28/9 có mưa.\n');
    expect(ranges).toEqual([]);
  });

  it('gives dates without a year the year nearest the article date', () => {
    expect(facts(dated('Sáng 28/12, đoàn lên đường.', '2024-01-03')).dates[0]).toMatchObject({ year: 2023, yearSource: 'article' });
    expect(facts(dated('Sáng 5/1, đoàn lên đường.', '2023-12-30')).dates[0]).toMatchObject({ year: 2024, yearSource: 'article' });
    expect(facts('Sáng 5/1, đoàn lên đường.\n').dates[0]).toMatchObject({ year: undefined, yearSource: undefined });
    expect(nearestYear(2, 29, { year: 2023, month: 6, day: 1 })).toBe(2023);
  });

  it('takes the article date from front matter, else from a dateline', () => {
    const fromFrontMatter = parseDocument(dated('Tin.', '2023-09-27'));
    expect(articleDate(fromFrontMatter.frontMatter, fromFrontMatter.prose, vi)).toEqual({ year: 2023, month: 9, day: 27 });
    const fromDateline = parseDocument('# Tin\n\nHà Nội, ngày 27/9/2023 – Sáng nay, hội nghị khai mạc.\n');
    expect(articleDate(fromDateline.frontMatter, fromDateline.prose, vi)).toEqual({ year: 2023, month: 9, day: 27 });
    const none = parseDocument('# Tin\n\nSáng nay hội nghị khai mạc. Hà Nội, ngày 27/9/2023.\n');
    expect(articleDate(none.frontMatter, none.prose, vi)).toBeUndefined();
  });

  it('leaves decree numbers, fractions and scores alone', () => {
    expect(facts(dated('Nghị định 30/2020/NĐ-CP; 2/3 số hộ; thắng 3-1; phiên bản 31.9.')).dates).toEqual([]);
  });

  it('writes weekdays in the writer\'s style', () => {
    expect(vi.weekdayName(5, 'thứ Năm')).toBe('thứ Sáu');
    expect(vi.weekdayName(5, 'Thứ 5')).toBe('Thứ 6');
    expect(vi.weekdayName(0, 'thứ Bảy')).toBe('Chủ nhật');
    expect(vi.weekdayName(1, 'Chủ nhật')).toBe('thứ Hai');
    expect(vi.weekdayName(3, 'THỨ HAI')).toBe('THỨ TƯ');
    expect(vi.weekdayIndex('thứ bẩy')).toBe(6);
    expect(vi.weekdayIndex('lần thứ')).toBeUndefined();
  });
});
