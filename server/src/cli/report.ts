import type { Finding } from '../engine/types.js';
import type { LineIndex } from '../engine/line-index.js';

/** What the CLI knows about one linted file, handed to every output format. */
export interface FileReport {
  /** Absolute path. */
  file: string;
  /** Path relative to the current folder, with forward slashes (as SARIF and CI annotations want). */
  relative: string;
  /** The current folder, to which other drafts named in related locations are made relative. */
  cwd: string;
  findings: Finding[];
  lines: LineIndex;
  /** Rule failures (a rule threw): shown, never fatal. */
  failures: Array<{ ruleId: string; message: string }>;
}

export interface RunSummary {
  errors: number;
  warnings: number;
  /** info + hint */
  notes: number;
  fixable: number;
}

export function summarize(reports: readonly FileReport[]): RunSummary {
  const summary: RunSummary = { errors: 0, warnings: 0, notes: 0, fixable: 0 };
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.notes++;
      if (finding.fixes.length > 0) summary.fixable++;
    }
  }
  return summary;
}
