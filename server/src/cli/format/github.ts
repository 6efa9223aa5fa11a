/**
 * GitHub Actions workflow commands: each finding becomes an annotation on
 * the pull request's diff (`::warning file=…,line=…::message`).
 */
import type { FileReport } from '../report.js';

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const command = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(report.relative)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`copydesk(${finding.ruleId})`)}`,
      ];
      lines.push(`::${command} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
