/** capitalization in RuleTester style: what is compared, what is skipped, and what the options accept. */
import { describe, expect, it } from 'vitest';
import capitalization from '../rules/capitalization.js';
import { fixUntilStable, lint, type RuleSetting } from '../server/src/engine/index.js';
import { validateRuleOptions } from '../server/src/config/validate.js';

function run(text: string, options: Record<string, unknown> = {}) {
  const settings = new Map<string, RuleSetting>([['capitalization', { severity: 'warning', options }]]);
  const lintText = (source: string) => lint(source, { rules: [capitalization], settings, locale: 'en' }).findings;
  const findings = lintText(text);
  return {
    flagged: findings.map((finding) => text.slice(finding.start, finding.end)),
    fixed: fixUntilStable(text, lintText).text,
    findings,
  };
}

describe('capitalization', () => {
  it('compares every letter of a name but the first letter of a sentence', () => {
    expect(run('Tổng bí thư đến. Bộ chính trị họp. bộ Chính trị').flagged).toEqual(['Tổng bí thư', 'Bộ chính trị', 'bộ Chính trị']);
    expect(run('Ông nói: “Tổng Bí thư đã đến.” Tổng Bí thư cười.').flagged).toEqual([]);
  });

  it('reports over-capitalised names too, outside Title Case headings', () => {
    expect(run('Ông là Chủ Tịch Quốc Hội.').fixed).toBe('Ông là Chủ tịch Quốc hội.');
    expect(run('# Chủ Tịch Quốc Hội Thăm Nhật Bản\n').flagged).toEqual([]);
    expect(run('# Chủ Tịch Quốc Hội thăm Nhật Bản và gặp gỡ cộng đồng người Việt\n').flagged).toEqual(['Chủ Tịch Quốc Hội']);
  });

  it('keeps the tone-mark placement of the text in its fix', () => {
    expect(run('Các uỷ viên Bộ Chính trị và các ủy viên Bộ Chính trị.').fixed).toBe('Các Uỷ viên Bộ Chính trị và các Ủy viên Bộ Chính trị.');
  });

  it('reads a name broken over two lines of a paragraph', () => {
    expect(run('Phiên họp của Bộ\nchính trị kết thúc.').fixed).toBe('Phiên họp của Bộ\nChính trị kết thúc.');
  });

  it('points a minority capitalisation at the majority and fixes only the head', () => {
    const { findings, fixed } = run('Ở thủ đô Seoul, mưa. Tại thủ đô Seoul, gió. Tại Thủ đô Seoul, tuyết.');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('“Thủ đô Seoul” is capitalised unlike “thủ đô Seoul” elsewhere in this document (2×); write “thủ đô Seoul”');
    expect(findings[0].related.map((related) => related.start)).toEqual([2, 25]);
    expect(findings[0].fixes[0].edits).toEqual([{ start: 48, end: 49, text: 't' }]);
    expect(fixed).toBe('Ở thủ đô Seoul, mưa. Tại thủ đô Seoul, gió. Tại thủ đô Seoul, tuyết.');
  });

  it('leaves a head without a place name, and a mention at a sentence start, out of the vote', () => {
    expect(run('Thủ đô Seoul đông đúc. Người dân thủ đô Seoul đi làm. Thủ đô của Hàn Quốc.').flagged).toEqual([]);
  });

  it('adds and overrides names with `terms`, accepts spellings with `ignore`', () => {
    const options = { terms: ['thủ đô Hà Nội', { term: 'Ủy ban nhân dân', notBefore: ['các cấp'] }], ignore: ['Tổng bí thư'] };
    expect(run('Về Thủ đô Hà Nội, ủy ban nhân dân tỉnh, ủy ban nhân dân các cấp, Tổng bí thư.', options).fixed).toBe(
      'Về thủ đô Hà Nội, Ủy ban nhân dân tỉnh, ủy ban nhân dân các cấp, Tổng bí thư.',
    );
  });

  it('validates its options', () => {
    expect(validateRuleOptions(capitalization, { terms: ['Ủy ban nhân dân', { term: 'Hội đồng nhân dân', notBefore: ['khóa'] }], ignore: ['Chủ tịch Nước'] })).toBeUndefined();
    expect(validateRuleOptions(capitalization, { terms: [{ name: 'x' }] })).toBeDefined();
    expect(validateRuleOptions(capitalization, { words: [] })).toEqual({ path: '', message: 'unknown key "words"' });
  });
});
