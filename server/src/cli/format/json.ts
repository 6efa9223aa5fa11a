/** Machine-readable output: one object per file, positions 1-based. */
import type { FileReport } from '../report.js';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((report) => ({
      file: report.relative,
      findings: report.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        line: finding.range.start.line,
        column: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column,
        url: finding.url,
        fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ ...report.lines.range(edit.start, edit.end), text: edit.text })) })),
        related: finding.related.map((related) => ({ uri: related.uri, range: related.range, message: related.message })),
      })),
      failures: report.failures,
    })),
    null,
    2,
  ) + '\n';
}
