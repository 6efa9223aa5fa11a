/** headline-consistency: what counts as a variant, where findings point, and when a fix is withheld. */
import { describe, expect, it } from 'vitest';
import { lint, type RuleSetting } from '../server/src/engine/index.js';
import { validateRuleOptions } from '../server/src/config/validate.js';
import headlineConsistency from '../rules/headline-consistency.js';

const TITLE = 'Hà Nội mở thêm 5 tuyến buýt điện nối các khu đô thị';

function run(text: string, options: Record<string, unknown> = {}) {
  const settings = new Map<string, RuleSetting>([[headlineConsistency.id, { severity: 'warning', options }]]);
  return lint(text, { rules: [headlineConsistency], settings }).findings;
}

describe('headline-consistency', () => {
  it('points from an H1 variant at the value of the front-matter title and rewrites only the heading text', () => {
    const text = `---\ntitle: "${TITLE}"\n---\n\n# Hà Nội mở thêm 5 tuyến buýt điện nối khu đô thị\n`;
    const [finding] = run(text);
    expect(finding.message).toBe(`The H1 "Hà Nội mở thêm 5 tuyến buýt điện nối khu đô thị" differs from the front-matter title — write "${TITLE}"`);
    expect(text.slice(finding.related[0].start, finding.related[0].end)).toBe(TITLE);
    expect(finding.fixes[0].edits).toEqual([{ start: text.indexOf('# ') + 2, end: text.length - 1, text: TITLE }]);
  });

  it('reports an H1 that differs only in punctuation', () => {
    const findings = run(`---\ntitle: "Hà Nội: mở thêm 5 tuyến buýt điện"\n---\n\n# Hà Nội mở thêm 5 tuyến buýt điện\n`);
    expect(findings.map((finding) => finding.messageId)).toEqual(['h1Variant']);
  });

  it('treats an H1 that runs on past the title, or stops short of it, as a variant to rewrite', () => {
    const runOn = run(`---\ntitle: "${TITLE}"\n---\n\n# ${TITLE} từ ngày 1/10 theo quyết định mới\n`);
    const cutShort = run(`---\ntitle: "${TITLE} từ ngày 1/10 theo quyết định mới"\n---\n\n# ${TITLE}\n`);
    for (const [finding] of [runOn, cutShort]) {
      expect(finding.messageId).toBe('h1Variant');
      expect(finding.fixes).toHaveLength(1);
    }
  });

  it('reports a wholly different H1 without a fix', () => {
    const [finding] = run(`---\ntitle: "${TITLE}"\n---\n\n# Xe buýt điện phủ kín các khu đô thị mới\n`);
    expect(finding.messageId).toBe('h1Differs');
    expect(finding.fixes).toEqual([]);
  });

  it('compares body lines with the H1 when there is no front matter, and unwraps emphasis for the fix', () => {
    const text = `# ${TITLE}\n\nNội dung bài.\n\n_Hà Nội mở thêm 5 tuyến buýt điện nối các khu đô thị mới_\n`;
    const [finding] = run(text);
    expect(finding.messageId).toBe('variant');
    expect(text.slice(finding.start, finding.end)).toBe('Hà Nội mở thêm 5 tuyến buýt điện nối các khu đô thị mới');
    expect(finding.related[0]).toMatchObject({ start: 2, end: 2 + TITLE.length, message: 'The title is written here' });
  });

  it('compares Unicode-normalised words, so an NFD copy of the title is an exact repeat', () => {
    expect(run(`# ${TITLE}\n\n${TITLE.normalize('NFD')}\n`)).toEqual([]);
  });

  it('withholds the fix when the variant holds inline Markdown', () => {
    const [finding] = run(`# ${TITLE}\n\nHà Nội mở thêm 5 tuyến [buýt điện](https://example.vn) nối các khu đô thị mới\n`);
    expect(finding.messageId).toBe('variant');
    expect(finding.fixes).toEqual([]);
  });

  it.each([
    ['a sentence with a full stop', `${TITLE} mới.`],
    ['a list item', `- ${TITLE} mới`],
    ['a lone link', `[${TITLE} mới](https://example.vn)`],
    ['a credit after a separator', `${TITLE} - Ảnh: Ngọc Thành`],
    ['a label before the title', `Video: ${TITLE}`],
    ['the title in capitals', TITLE.toLocaleUpperCase('vi')],
    ['the title without its opening words', '## Thêm 5 tuyến buýt điện nối các khu đô thị'],
    ['other numbers', 'Hà Nội mở thêm 7 tuyến buýt điện nối các khu đô thị'],
    ['a line sharing a few words', '## Buýt điện giúp giảm khí thải ở các khu đô thị'],
    ['a paragraph of several lines', `${TITLE}\nmới trong năm nay`],
  ])('leaves alone %s', (_case, line) => {
    expect(run(`# ${TITLE}\n\n${line}\n`)).toEqual([]);
  });

  it('ignores titles too short to compare', () => {
    expect(run('# Tin nóng\n\n## Tin nóng nhất\n')).toEqual([]);
  });

  it('lets maxChangedWords narrow what counts as a variant', () => {
    const text = `# ${TITLE}\n\n## Hà Nội mở thêm 5 tuyến xe buýt điện nối khu đô thị\n`;
    expect(run(text)).toHaveLength(1);
    expect(run(text, { maxChangedWords: 1 })).toEqual([]);
    expect(validateRuleOptions(headlineConsistency, { maxChangedWords: 0 })).toBeDefined();
    expect(validateRuleOptions(headlineConsistency, { threshold: 0.5 })).toBeDefined();
  });
});
