/** Code actions built from diagnostics, without a server. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { codeActions, disableNextLineEdit, type CodeActionInput } from '../../server/src/lsp/code-actions.js';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const fix = (title: string, line: number) => ({ title, edits: [{ range: range(line, 0, 1), newText: 'x' }] });
const diagnostic = (code: string, line: number, fixes: ReturnType<typeof fix>[]): Diagnostic => ({
  range: range(line, 0, 4),
  message: 'm',
  source: 'copydesk',
  code,
  ...(fixes.length > 0 ? { data: { fixes } } : {}),
});
const findingOf = (ruleId: string, fixable: boolean) => ({ ruleId, fixes: fixable ? [{ title: 't', edits: [] }] : [] }) as never;

function input(overrides: Partial<CodeActionInput>): CodeActionInput {
  return {
    text: '# Tin\n\nSáng 28-9.\n\nTối 29.9.\n',
    locale: 'en',
    diagnostics: [],
    findings: [],
    fixAllEdits: (): TextEdit[] => [{ range: range(2, 0, 0), newText: 'fixed ' }],
    documentEdit: (edits): WorkspaceEdit => ({ changes: { 'file:///d.md': edits } }),
    ...overrides,
  };
}

describe('codeActions', () => {
  it('marks a fix preferred only when it is the diagnostic\'s only one', () => {
    const one = codeActions(input({ diagnostics: [diagnostic('a', 2, [fix('Only', 2)])], findings: [findingOf('a', true)] }));
    expect(one.find((action) => action.title === 'Only')?.isPreferred).toBe(true);
    const two = codeActions(input({ diagnostics: [diagnostic('a', 2, [fix('First', 2), fix('Second', 2)])], findings: [findingOf('a', true)] }));
    expect(two.filter((action) => action.title === 'First' || action.title === 'Second').map((action) => action.isPreferred)).toEqual([false, false]);
  });

  it('offers "fix all <rule>" only when the rule has several fixable problems', () => {
    const titles = (findings: never[]) =>
      codeActions(input({ diagnostics: [diagnostic('date-format', 2, [fix('Write', 2)])], findings })).map((action) => action.title);
    expect(titles([findingOf('date-format', true)])).not.toContain('Fix all date-format problems in this file');
    expect(titles([findingOf('date-format', true), findingOf('date-format', true)])).toContain('Fix all date-format problems in this file');
  });

  it('answers source.fixAll requests with the copydesk fix-all kind only', () => {
    const actions = codeActions(input({ only: ['source.fixAll'], diagnostics: [diagnostic('a', 2, [fix('F', 2)])], findings: [findingOf('a', true)] }));
    expect(actions.map((action) => [action.kind, action.title])).toEqual([['source.fixAll.copydesk', 'Fix all auto-fixable problems']]);
    expect(codeActions(input({ only: ['source.fixAll'], findings: [findingOf('a', false)] }))).toEqual([]);
    // The light bulb (no `only`) gets quick fixes, never the source action.
    const bulb = codeActions(input({ diagnostics: [diagnostic('a', 2, [fix('F', 2)])], findings: [findingOf('a', true)] }));
    expect(bulb.every((action) => action.kind === 'quickfix')).toBe(true);
  });

  it('ignores other tools\' diagnostics', () => {
    const foreign = { ...diagnostic('MD013', 2, [fix('F', 2)]), source: 'markdownlint' };
    expect(codeActions(input({ diagnostics: [foreign] }))).toEqual([]);
  });

  it('offers no inline disable inside the front matter', () => {
    const text = '---\ndate: 28-9\n---\n\nSáng 28-9.\n';
    const titles = (line: number) => codeActions(input({ text, diagnostics: [diagnostic('a', line, [])] })).map((action) => action.title);
    expect(titles(1)).toEqual([]);
    expect(titles(4)).toEqual(['Disable a for this line']);
  });

  it('adds "disable in this workspace" when an edit can be made, once per rule', () => {
    const actions = codeActions(
      input({
        diagnostics: [diagnostic('a', 2, []), diagnostic('a', 4, [])],
        disableInWorkspace: (ruleId) => ({ changes: { 'file:///.copydesk.yml': [{ range: range(0, 0, 0), newText: ruleId }] } }),
      }),
    );
    expect(actions.map((action) => action.title)).toEqual(['Disable a for this line', 'Disable a in this workspace', 'Disable a for this line']);
  });
});

describe('disableNextLineEdit', () => {
  it('inserts the comment on its own line above, with the line\'s indentation and quote markers', () => {
    expect(disableNextLineEdit('a\n    indented 28-9\n', 1, 'date-format').newText).toBe('    <!-- copydesk-disable-next-line date-format -->\n');
    expect(disableNextLineEdit('> > quoted 28-9\n', 0, 'date-format').newText).toBe('> > <!-- copydesk-disable-next-line date-format -->\n');
    expect(disableNextLineEdit('a\r\nb 28-9\r\n', 1, 'date-format')).toEqual({
      range: range(1, 0, 0),
      newText: '<!-- copydesk-disable-next-line date-format -->\r\n',
    });
  });
});
