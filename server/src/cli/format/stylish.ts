/** Human-readable output in the style of ESLint's "stylish". */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../engine/types.js';
import { summarize, type FileReport } from '../report.js';

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

export function formatStylish(reports: readonly FileReport[], options: { color: boolean; locale: Locale }): string {
  const red = options.color ? ansi(31) : plain;
  const yellow = options.color ? ansi(33) : plain;
  const dim = options.color ? ansi(2) : plain;
  const bold = options.color ? ansi(1) : plain;
  const vi = options.locale === 'vi';
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0 && report.failures.length === 0) continue;
    out.push(bold(report.relative));
    for (const finding of report.findings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(8);
      const severity = finding.severity === 'error' ? red('error  ') : finding.severity === 'warning' ? yellow('warning') : dim(finding.severity.padEnd(7));
      out.push(`  ${dim(where)} ${severity}  ${finding.message}  ${dim(finding.ruleId)}`);
      for (const related of finding.related.filter((location) => location.uri && location.range)) {
        const other = path.relative(report.cwd, related.uri!.startsWith('file:') ? fileURLToPath(related.uri!) : related.uri!).split(path.sep).join('/');
        out.push(dim(`           ↳ ${other}:${related.range!.start.line}:${related.range!.start.column}  ${related.message}`));
      }
    }
    for (const failure of report.failures) {
      out.push(`  ${red(vi ? 'lỗi quy tắc' : 'rule failed')}  ${failure.ruleId}: ${failure.message}`);
    }
    out.push('');
  }
  const summary = summarize(reports);
  const total = summary.errors + summary.warnings + summary.notes;
  if (total === 0) return out.join('\n');
  const counts = vi
    ? `${total} vấn đề (${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.notes} gợi ý)`
    : `${total} problem${total === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.notes} note${summary.notes === 1 ? '' : 's'})`;
  out.push((summary.errors > 0 ? red : yellow)(`✖ ${counts}`));
  if (summary.fixable > 0) {
    out.push(dim(vi ? `  ${summary.fixable} vấn đề sửa được bằng --fix` : `  ${summary.fixable} fixable with the --fix option`));
  }
  return out.join('\n') + '\n';
}
