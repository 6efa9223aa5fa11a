/**
 * All the diagnostics of one linted document: its findings, one Information
 * diagnostic at line 1 per rule that failed and one naming the rules a spent
 * time budget skipped, or why the file was skipped.
 */
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver/node';
import type { DocumentLintOutcome } from './document-linter.js';
import { serverMessage } from './messages.js';
import { SOURCE, toDiagnostic } from './to-diagnostic.js';

const LINE_ONE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function outcomeDiagnostics(outcome: DocumentLintOutcome, uri: string, positionAt: (offset: number) => Position): Diagnostic[] {
  if (outcome.skipped && 'message' in outcome.skipped) {
    return [{ range: LINE_ONE, severity: DiagnosticSeverity.Information, source: SOURCE, message: outcome.skipped.message }];
  }
  const diagnostics = outcome.findings.map((finding) => toDiagnostic(finding, { uri, positionAt }));
  if (outcome.truncated) {
    const { afterMs, budgetMs, skipped } = outcome.truncated;
    diagnostics.unshift({
      range: LINE_ONE,
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: serverMessage('truncated', outcome.locale, { afterMs, budget: budgetMs, rules: skipped.join(', ') }),
    });
  }
  for (const failure of outcome.failures) {
    diagnostics.unshift({
      range: LINE_ONE,
      severity: DiagnosticSeverity.Information,
      code: failure.ruleId,
      source: SOURCE,
      message: serverMessage('ruleFailed', outcome.locale, { rule: failure.ruleId, error: failure.message }),
    });
  }
  return diagnostics;
}
