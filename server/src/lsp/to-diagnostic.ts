/**
 * Finding → LSP Diagnostic, and nothing else: code = rule id, source =
 * "copydesk", codeDescription.href = the rule's doc page, relatedInformation
 * from the finding's related places, and the fixes (as LSP edits) in `data`
 * so a quick fix needs no second lint.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { Finding, Range as EngineRange, Severity } from '../engine/types.js';

export const SOURCE = 'copydesk';

export interface DiagnosticFix {
  title: string;
  edits: TextEdit[];
}

export interface DiagnosticData {
  fixes: DiagnosticFix[];
}

export interface ConversionContext {
  /** The URI of the linted document (related places without a URI are in it). */
  uri: string;
  /** UTF-16 offset of the linted text → LSP position (fix edits are offsets). */
  positionAt(offset: number): Position;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, context: ConversionContext): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
  };
  const related = finding.related.map((place): DiagnosticRelatedInformation => ({
    location: {
      uri: place.uri ?? context.uri,
      range: place.range ? toLspRange(place.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    },
    message: place.message,
  }));
  if (related.length > 0) diagnostic.relatedInformation = related;
  if (finding.fixes.length > 0) {
    const data: DiagnosticData = {
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: { start: context.positionAt(edit.start), end: context.positionAt(edit.end) }, newText: edit.text })),
      })),
    };
    diagnostic.data = data;
  }
  return diagnostic;
}

/** Engine ranges are 1-based (line and column); LSP ranges are 0-based. Both count UTF-16 units. */
export function toLspRange(range: EngineRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** Reads back the fixes a diagnostic carries (whatever the client round-tripped). */
export function fixesOf(diagnostic: Diagnostic): DiagnosticFix[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes.filter((fix) => typeof fix?.title === 'string' && Array.isArray(fix.edits)) : [];
}

export function isCopydeskDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === SOURCE && typeof diagnostic.code === 'string';
}
