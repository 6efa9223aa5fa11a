/** Finding → Diagnostic, alone (unified-language-server's vfileMessageToDiagnostic, for Copydesk). */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/engine/line-index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { outcomeDiagnostics } from '../../server/src/lsp/outcome-diagnostics.js';
import { fixesOf, toDiagnostic, toLspRange } from '../../server/src/lsp/to-diagnostic.js';

const TEXT = '# Tin\n\nSáng 27/9 và chiều 28-9.\n';
const lines = new LineIndex(TEXT);
const positionAt = (offset: number) => {
  const position = lines.position(offset);
  return { line: position.line - 1, character: position.column - 1 };
};
const uri = 'file:///ws/draft.md';

function finding(overrides: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf('28-9');
  return {
    ruleId: 'date-format',
    messageId: 'separator',
    severity: 'warning',
    message: 'Write "28/9"',
    start,
    end: start + 4,
    range: lines.range(start, start + 4),
    fixes: [{ title: 'Write "28/9"', edits: [{ start, end: start + 4, text: '28/9' }] }],
    related: [],
    url: 'https://example.test/rules/date-format.md',
    ...overrides,
  };
}

describe('toDiagnostic', () => {
  it('maps rule id, source, doc page, severity and a 0-based range', () => {
    const diagnostic = toDiagnostic(finding(), { uri, positionAt });
    expect(diagnostic).toMatchObject({
      code: 'date-format',
      source: 'copydesk',
      codeDescription: { href: 'https://example.test/rules/date-format.md' },
      severity: 2,
      message: 'Write "28/9"',
      range: { start: { line: 2, character: 19 }, end: { line: 2, character: 23 } },
    });
  });

  it('maps every severity', () => {
    const severities = (['error', 'warning', 'info', 'hint'] as const).map((severity) => toDiagnostic(finding({ severity }), { uri, positionAt }).severity);
    expect(severities).toEqual([1, 2, 3, 4]);
  });

  it('carries the fixes as LSP edits in data', () => {
    const diagnostic = toDiagnostic(finding(), { uri, positionAt });
    expect(fixesOf(diagnostic)).toEqual([
      { title: 'Write "28/9"', edits: [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 23 } }, newText: '28/9' }] },
    ]);
    expect(toDiagnostic(finding({ fixes: [] }), { uri, positionAt }).data).toBeUndefined();
  });

  it('gives same-document related places the document URI, and keeps other documents\' URIs', () => {
    const other = 'file:///ws/other.md';
    const start = TEXT.indexOf('27/9');
    const diagnostic = toDiagnostic(
      finding({
        related: [
          { start, end: start + 4, range: lines.range(start, start + 4), message: 'written like this here' },
          { uri: other, start: 10, end: 14, range: { start: { line: 5, column: 3 }, end: { line: 5, column: 7 } }, message: 'and there' },
        ],
      }),
      { uri, positionAt },
    );
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri, range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } } }, message: 'written like this here' },
      { location: { uri: other, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 6 } } }, message: 'and there' },
    ]);
  });

  it('reads back only well-formed fixes from what a client round-tripped', () => {
    const diagnostic = { ...toDiagnostic(finding(), { uri, positionAt }), data: { fixes: [{ title: 'ok', edits: [] }, { edits: [] }, null] } };
    expect(fixesOf(diagnostic)).toEqual([{ title: 'ok', edits: [] }]);
    expect(toLspRange({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});

describe('outcomeDiagnostics', () => {
  it('shows a rule that failed as one Information diagnostic at line 1, before the findings', () => {
    const diagnostics = outcomeDiagnostics(
      { findings: [finding()], failures: [{ ruleId: 'broken-rule', message: 'boom' }], locale: 'vi', settingProblems: [] },
      uri,
      positionAt,
    );
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line])).toEqual([
      ['broken-rule', 3, 0],
      ['date-format', 2, 2],
    ]);
    expect(diagnostics[0].message).toContain('Quy tắc broken-rule của Copydesk gặp lỗi');
  });

  it('explains a file skipped for its size instead of showing findings', () => {
    const [diagnostic] = outcomeDiagnostics(
      { findings: [], failures: [], locale: 'en', settingProblems: [], skipped: { reason: 'tooLarge', message: 'Copydesk skipped this file' } },
      uri,
      positionAt,
    );
    expect(diagnostic).toMatchObject({ severity: 3, source: 'copydesk', message: 'Copydesk skipped this file' });
  });
});
