/**
 * date-format over every corpus draft. The band records what a reading of
 * every finding showed: all true mixes of separators, zeros or year digits
 * (in 9 drafts when written). A rule that starts crying wolf, or goes deaf,
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import dateFormat from '../../rules/date-format.js';
import { CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'date-format over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(dateFormat) : [];

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('rewrites only the date itself, and fixing leaves nothing fixable and is idempotent', () => {
    for (const run of runs) {
      for (const finding of run.findings) {
        for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
          expect([edit.start, edit.end], run.id).toEqual([finding.start, finding.end]);
          expect(edit.text, run.id).toMatch(/^\d{1,2}[/.-]\d{1,4}(?:[/.-]\d{2,4})?$/);
        }
      }
      if (!run.findings.some((finding) => finding.fixes.length > 0)) continue;
      const fixed = run.fix(run.markdown);
      expect(run.lint(fixed).filter((finding) => finding.fixes.length > 0), run.id).toEqual([]);
      expect(run.fix(fixed), run.id).toBe(fixed);
    }
  });

  it('keeps its finding count within the band measured on the corpus', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    const detail = describeFindings(runs);
    expect(count, detail).toBeLessThanOrEqual(15);
    expect(count, detail).toBeGreaterThanOrEqual(8);
  });
});
