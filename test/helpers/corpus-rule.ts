/**
 * One rule over every corpus draft: its findings, and the text after all its
 * fixes, for the per-rule corpus tests in `test/corpus/`.
 */
import { fixUntilStable, lint, type Finding, type RuleDefinition } from '../../server/src/engine/index.js';
import { loadCorpusDrafts } from './corpus.js';

export interface CorpusRun {
  id: string;
  markdown: string;
  findings: Finding[];
  /** Rules that threw on this draft. */
  failures: string[];
  lint(text: string): Finding[];
  fix(text: string): string;
}

export function runRuleOverCorpus(rule: RuleDefinition<any>): CorpusRun[] {
  return loadCorpusDrafts().map((draft) => {
    const lintText = (text: string) => lint(text, { rules: [rule], locale: 'vi' }).findings;
    const result = lint(draft.markdown, { rules: [rule], locale: 'vi' });
    return {
      id: draft.id,
      markdown: draft.markdown,
      findings: result.findings,
      failures: result.failures.map((failure) => failure.message),
      lint: lintText,
      fix: (text: string) => fixUntilStable(text, lintText).text,
    };
  });
}

/** "file line:column message" lines, so a failing band shows what the rule said. */
export function describeFindings(runs: readonly CorpusRun[]): string {
  return runs.flatMap((run) => run.findings.map((finding) => `${run.id} ${finding.range.start.line}:${finding.range.start.column} ${finding.message}`)).join('\n');
}
