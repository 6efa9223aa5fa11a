/**
 * Code actions for the diagnostics under the cursor: each fix of a
 * diagnostic (preferred when it is the only one), "fix all <rule> problems in
 * this file", "fix all auto-fixable problems" (also as the
 * `source.fixAll.copydesk` kind that editor.codeActionsOnSave asks for),
 * "disable <rule> for this line" and "disable <rule> in this workspace".
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, Locale } from '../engine/types.js';
import { serverMessage } from './messages.js';
import { fixesOf, isCopydeskDiagnostic } from './to-diagnostic.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

export interface CodeActionInput {
  text: string;
  locale: Locale;
  /** The diagnostics the client sent with the request (those under the cursor). */
  diagnostics: readonly Diagnostic[];
  /** The kinds the client asked for, if it narrowed them. */
  only?: readonly string[];
  /** The findings of `text` as it is now. */
  findings: readonly Finding[];
  /** Edits fixing every fixable finding (of one rule when given). */
  fixAllEdits(ruleId?: string): TextEdit[];
  /** Wraps edits of this document into a WorkspaceEdit (versioned when the client supports it). */
  documentEdit(edits: TextEdit[]): WorkspaceEdit;
  /** The edit turning the rule off in the workspace configuration, when one can be made. */
  disableInWorkspace?(ruleId: string): WorkspaceEdit | undefined;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const wantsQuickFix = kindRequested(CodeActionKind.QuickFix, input.only);
  const actions: CodeAction[] = [];
  const diagnostics = input.diagnostics.filter(isCopydeskDiagnostic);

  if (wantsQuickFix) {
    for (const diagnostic of diagnostics) {
      const fixes = fixesOf(diagnostic);
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fixes.length === 1,
          edit: input.documentEdit(fix.edits),
        });
      }
    }
    actions.push(...fixAllOfRules(input, diagnostics));
    if (diagnostics.some((diagnostic) => fixesOf(diagnostic).length > 0)) {
      const fixAll = fixAllAction(input, CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
    actions.push(...disableActions(input, diagnostics));
  }
  if (kindRequested(FIX_ALL_KIND, input.only) && input.only !== undefined) {
    const fixAll = fixAllAction(input, FIX_ALL_KIND);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/**
 * Without `only` the client wants what belongs in the light bulb (quick
 * fixes); source actions are returned only when asked for, since computing
 * them costs whole-file lints.
 */
function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (only === undefined) return kind === CodeActionKind.QuickFix;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

function fixAllOfRules(input: CodeActionInput, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const ruleIds = new Set(diagnostics.filter((diagnostic) => fixesOf(diagnostic).length > 0).map((diagnostic) => String(diagnostic.code)));
  for (const ruleId of ruleIds) {
    // With a single problem of the rule this would repeat its quick fix.
    const fixable = input.findings.filter((finding) => finding.ruleId === ruleId && finding.fixes.length > 0).length;
    if (fixable < 2) continue;
    const edits = input.fixAllEdits(ruleId);
    if (edits.length === 0) continue;
    actions.push({
      title: serverMessage('fixAllRule', input.locale, { rule: ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostics.filter((diagnostic) => diagnostic.code === ruleId),
      edit: input.documentEdit(edits),
    });
  }
  return actions;
}

function fixAllAction(input: CodeActionInput, kind: string): CodeAction | undefined {
  if (!input.findings.some((finding) => finding.fixes.length > 0)) return undefined;
  const edits = input.fixAllEdits();
  if (edits.length === 0) return undefined;
  return { title: serverMessage('fixAll', input.locale), kind, edit: input.documentEdit(edits) };
}

function disableActions(input: CodeActionInput, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenLines = new Set<string>();
  const seenRules = new Set<string>();
  const frontMatterLines = frontMatterLineCount(input.text);
  for (const diagnostic of diagnostics) {
    const ruleId = String(diagnostic.code);
    const line = diagnostic.range.start.line;
    // An HTML comment inside the YAML front matter would break it.
    if (line >= frontMatterLines && !seenLines.has(`${ruleId}:${line}`)) {
      seenLines.add(`${ruleId}:${line}`);
      actions.push({
        title: serverMessage('disableLine', input.locale, { rule: ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: input.documentEdit([disableNextLineEdit(input.text, line, ruleId)]),
      });
    }
    if (!seenRules.has(ruleId)) {
      seenRules.add(ruleId);
      const edit = input.disableInWorkspace?.(ruleId);
      if (edit) {
        actions.push({
          title: serverMessage('disableWorkspace', input.locale, { rule: ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: diagnostics.filter((other) => other.code === ruleId),
          edit,
        });
      }
    }
  }
  return actions;
}

/**
 * Inserts `<!-- copydesk-disable-next-line <rule> -->` on its own line above
 * `line` (0-based), with the line's indentation and blockquote markers so the
 * comment stays inside the same list item or quote.
 */
export function disableNextLineEdit(text: string, line: number, ruleId: string): TextEdit {
  const lineText = lineAt(text, line);
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(lineText)?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${prefix}<!-- copydesk-disable-next-line ${ruleId} -->${eol}`,
  };
}

function lineAt(text: string, line: number): string {
  let start = 0;
  for (let current = 0; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** Number of lines the YAML front matter takes (0 when there is none). */
function frontMatterLineCount(text: string): number {
  const match = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0;
}
