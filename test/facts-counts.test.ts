/** Counted nouns and numbers of years: what is compared and what is left alone. */
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../rules/lib/counts.js';
import { vi } from '../rules/lib/lang/vi.js';
import { extractYearFacts } from '../rules/lib/years.js';

const counts = (text: string) =>
  extractCounts(text, vi).map((count) => ({
    value: count.value,
    noun: count.noun,
    flags: ['partial', 'narrowed', 'unit', 'generic'].filter((flag) => count[flag as 'partial']),
    qualifier: count.qualifier,
    context: count.context.length,
  }));

describe('counted nouns', () => {
  it('reads a number and its noun phrase up to a function word', () => {
    expect(counts('Hai bên đã ký 6 bản ghi nhớ trong các lĩnh vực.')).toEqual([{ value: 6, noun: 'bản ghi nhớ', flags: [], qualifier: undefined, context: 1 }]);
    expect(counts('Thành phố sẽ có 27 tuyến đường sắt đô thị.')[0].noun).toBe('tuyến đường sắt đô thị');
    expect(counts('Trường có 1.533 học sinh.')[0].value).toBe(1533);
  });

  it('marks parts, totals, additions and narrowed nouns', () => {
    expect(counts('6 trong số 8 bản ghi nhớ')).toEqual([{ value: 8, noun: 'bản ghi nhớ', flags: ['partial'], qualifier: undefined, context: 0 }]);
    expect(counts('trong đó 2 bản ghi nhớ về y tế')[0].flags).toEqual(['partial', 'narrowed']);
    expect(counts('thêm 3 dự án mới')[0].flags).toContain('partial');
    expect(counts('tổng cộng có 44 nhà máy ôxy')[0].flags).toContain('partial');
  });

  it('marks approximate counts, units and general nouns', () => {
    expect(counts('hơn 30 người bị thương')[0]).toMatchObject({ qualifier: 'hơn', flags: ['partial', 'generic'] });
    expect(counts('kéo dài 5 năm')[0].flags).toEqual(['unit']);
    expect(counts('với 20 tỷ đồng')[0].flags).toEqual(['unit']);
  });

  it('never reads dates, decrees, decimals or percentages as counts', () => {
    expect(counts('ngày 27/9, Nghị định 30/2020/NĐ-CP, tăng 2,5% và 1.5 lần')).toEqual([]);
  });
});

describe('numbers of years', () => {
  it('pairs a span with the years in parentheses after it', () => {
    const [span] = extractYearFacts('kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)', vi).spans;
    expect(span).toMatchObject({ value: 70, anniversary: true, qualified: false, pair: { fromYear: 1954, toYear: 2024, sameDay: true } });
  });

  it('reads a founding year and leaves qualified spans marked', () => {
    expect(extractYearFacts('kỷ niệm 50 năm thành lập trường (năm 1974)', vi).spans[0].founding?.year).toBe(1974);
    expect(extractYearFacts('hơn 70 năm (1954 - 2025)', vi).spans[0].qualified).toBe(true);
  });

  it('gives ages and birth years to the name before them, honorific dropped', () => {
    const { ages } = extractYearFacts('Ông Nguyễn Văn Hải (SN 1975) gặp anh Trần Văn An (35 tuổi). Bà Lê Thị Thu (58 tuổi, sinh năm 1970) bán hàng.', vi);
    expect(ages.map((fact) => [fact.kind, fact.value, fact.holderText])).toEqual([
      ['birth', 1975, 'Nguyễn Văn Hải'],
      ['age', 35, 'Trần Văn An'],
      ['age', 58, 'Lê Thị Thu'],
      ['birth', 1970, 'Lê Thị Thu'],
    ]);
    expect(ages[2].group).toBe(ages[3].group);
  });
});
