/** The engine's contract, tested with small rules defined here. */
import { describe, expect, it } from 'vitest';
import { applyFixes, defineRule, fixUntilStable, lint, LineIndex } from '../server/src/engine/index.js';

/** Flags every "27-9" in prose, with a fix to "27/9". */
const dashDate = defineRule({
  id: 'dash-date',
  description: { en: 'test', vi: 'thử' },
  severity: 'warning',
  fixable: true,
  optionsSchema: { type: 'object' },
  defaultOptions: {},
  messages: { dash: { en: 'Write {expected}', vi: 'Viết {expected}' } },
  check(context, _options, reporter) {
    for (const match of context.prose.matchAll(/\b(\d{1,2})-(\d{1,2})\b/g)) {
      const start = match.index!;
      const end = start + match[0].length;
      const expected = `${match[1]}/${match[2]}`;
      reporter.report({ messageId: 'dash', data: { expected }, start, end, fix: { title: `Write ${expected}`, edits: [{ start, end, text: expected }] } });
    }
  },
});

const run = (text: string, locale: 'en' | 'vi' = 'en') => lint(text, { rules: [dashDate], locale }).findings;

describe('engine', () => {
  it('reports exact 1-based ranges and localized messages', () => {
    const [finding] = run('# Tin\n\nNgày 27-9 họp.\n', 'vi');
    expect(finding.range).toEqual({ start: { line: 3, column: 6 }, end: { line: 3, column: 10 } });
    expect(finding.message).toBe('Viết 27/9');
    expect(finding.url).toMatch(/rules\/dash-date\.md$/);
  });

  it('never looks inside code, inline code, HTML, URLs or front matter', () => {
    const text = '---\ndate: 27-9\n---\n\n`27-9` <b title="27-9">x</b> https://x.vn/27-9 [a](https://x.vn/27-9)\n\n```\n27-9\n```\n';
    expect(run(text)).toEqual([]);
  });

  it('keeps offsets exact with a BOM and CRLF line endings', () => {
    const text = '\uFEFF# Tin\r\n\r\nNgày 27-9 họp.\r\n';
    const [finding] = run(text);
    expect(text.slice(finding.start, finding.end)).toBe('27-9');
    expect(finding.range.start).toEqual({ line: 3, column: 6 });
    expect(fixUntilStable(text, run).text).toBe('\uFEFF# Tin\r\n\r\nNgày 27/9 họp.\r\n');
  });

  it('honours inline disable, enable, disable-line and disable-next-line comments', () => {
    const text = [
      '<!-- copydesk-disable dash-date -->',
      'A 1-2.',
      '<!-- copydesk-enable dash-date -->',
      'B 3-4.',
      '',
      '<!-- copydesk-disable-next-line -->',
      'C 5-6.',
      '',
      'D 7-8. <!-- copydesk-disable-line dash-date -->',
      '',
      'E 9-10.',
    ].join('\n');
    expect(run(text).map((finding) => finding.range.start.line)).toEqual([4, 11]);
  });

  it('keeps a rule that throws from stopping the others', () => {
    const broken = defineRule({ ...dashDate, id: 'broken', check: () => { throw new Error('boom'); } });
    const result = lint('a 1-2', { rules: [broken, dashDate] });
    expect(result.failures).toEqual([{ ruleId: 'broken', message: 'boom' }]);
    expect(result.findings).toHaveLength(1);
  });

  it('skips overlapping fixes in one pass and applies them on the next', () => {
    const text = 'x 1-2 y';
    const finding = run(text)[0];
    const twin = { ...finding, ruleId: 'zz', fixes: [{ title: 't', edits: [{ start: finding.start, end: finding.end, text: 'Q' }] }] };
    const outcome = applyFixes(text, [finding, twin]);
    expect(outcome.text).toBe('x 1/2 y');
    expect(outcome.skipped).toBe(1);
  });

  it('maps offsets to lines and back', () => {
    const index = new LineIndex('ab\r\ncd\n');
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.offset({ line: 2, column: 2 })).toBe(5);
    expect(index.lineEnd(1)).toBe(2);
  });

  it('refuses pathologically nested input with a reason instead of freezing', () => {
    const quotes = lint('>'.repeat(5000) + ' x\n', { rules: [dashDate] });
    expect(quotes.refused).toMatch(/more than 100 levels deep/);
    const lists = lint(Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + '- 1-2').join('\n'), { rules: [dashDate] });
    expect(lists.refused).toMatch(/more than 100 levels deep/);
    expect(lint('> > > quoted 1-2\n', { rules: [dashDate] }).findings).toHaveLength(1);
  });

  it('survives malformed front matter and thousands of keys', () => {
    const bad = lint('---\ntitle: [oops\n---\n\nNgày 1-2.\n', { rules: [dashDate] });
    expect(bad.findings).toHaveLength(1);
    const many = '---\n' + Array.from({ length: 3000 }, (_, i) => `k${i}: v`).join('\n') + '\n---\n\nNgày 1-2.\n';
    expect(lint(many, { rules: [dashDate] }).findings).toHaveLength(1);
  });
});


describe('engine passes: document checks, then workspace checks with known facts', () => {
  /** Reports the number of words a shared value holds: in `check` from the prose, in `checkWorkspace` from the shared value only. */
  const crossDocument = defineRule({
    id: 'cross-document',
    description: { en: 'test', vi: 'thử' },
    severity: 'warning',
    fixable: false,
    optionsSchema: { type: 'object' },
    defaultOptions: {},
    messages: { own: { en: 'own {words}', vi: 'own {words}' }, across: { en: 'across {words}', vi: 'across {words}' } },
    check(context, _options, reporter) {
      const words = context.shared('test:words', () => context.prose.split(/\s+/).filter(Boolean).length);
      reporter.report({ messageId: 'own', data: { words }, start: 0, end: 1 });
    },
    checkWorkspace(context, _options, reporter) {
      const words = context.shared('test:words', () => context.prose.split(/\s+/).filter(Boolean).length);
      reporter.report({ messageId: 'across', data: { words }, start: 0, end: 1 });
    },
  });
  const text = 'Ngày 27-9 họp.\n';
  const messages = (options: Partial<Parameters<typeof lint>[1]>) => lint(text, { rules: [dashDate, crossDocument], ...options }).findings.map((finding) => finding.message);

  it('runs both parts by default, only `check` in the document pass, only `checkWorkspace` in the workspace pass', () => {
    expect(messages({})).toEqual(['own 3', 'across 3', 'Write 27/9']);
    expect(messages({ pass: 'document' })).toEqual(['own 3', 'Write 27/9']);
    expect(messages({ pass: 'workspace' })).toEqual(['across 3']);
  });

  it('hands the workspace pass the facts an earlier pass extracted instead of computing them again', () => {
    expect(messages({ pass: 'workspace', facts: new Map([['test:words', 42]]) })).toEqual(['across 42']);
  });

  it('lets the shell read the same parse after the rules', () => {
    let prose = '';
    lint('Xin chào `mã`\n', { rules: [], afterRules: (context) => (prose = context.prose) });
    expect(prose).toBe('Xin chào     \n');
  });

  it('still honours control comments in the workspace pass', () => {
    const disabled = 'Ngày 27-9 họp. <!-- copydesk-disable-line cross-document -->\n';
    expect(lint(disabled, { rules: [crossDocument], pass: 'workspace', facts: new Map([['test:words', 1]]) }).findings).toEqual([]);
  });
});
