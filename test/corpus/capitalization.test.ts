/**
 * capitalization over every corpus draft. A reading of every finding when
 * this was written: 11 findings in 9 drafts, all true — "thủ đô Hà Nội" (5),
 * "Ban chấp hành Trung ương" (2), "quốc hội" for a foreign parliament (2,
 * reported by choice, see the doc page), "thành phố Hồ Chí Minh" (1), and one
 * draft writing both "thủ đô Kiev" and "Thủ đô Kiev". The corpus holds no
 * labels for capitals, so the known cases are pinned here by file.
 */
import { describe, expect, it } from 'vitest';
import capitalization from '../../rules/capitalization.js';
import { CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

/** Drafts and the text of what must be found there. */
const KNOWN: Array<[string, string]> = [
  ['baomoi_magizbox/22738166.txt', 'Ban chấp hành Trung ương'],
  ['baomoi_magizbox/22257618.txt', 'thủ đô Hà Nội'],
  ['baomoi_magizbox/22741971.txt', 'thủ đô Hà Nội'],
  ['baomoi_magizbox/22299948.txt', 'thành phố Hồ Chí Minh'],
  ['baomoi_magizbox/22629063.txt', 'Thủ đô Kiev'],
];

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'capitalization over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(capitalization) : [];

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('finds the known miscapitalised names', () => {
    const missed = KNOWN.filter(([file, text]) => {
      const run = runs.find((candidate) => candidate.id === file);
      return !run?.findings.some((finding) => run.markdown.slice(finding.start, finding.end) === text);
    });
    expect(missed, describeFindings(runs)).toEqual([]);
  });

  it('changes only the case of letters, and fixing leaves nothing fixable and is idempotent', () => {
    for (const run of runs) {
      if (run.findings.length === 0) continue;
      for (const edit of run.findings.flatMap((finding) => finding.fixes.flatMap((fix) => fix.edits))) {
        const before = run.markdown.slice(edit.start, edit.end);
        expect(edit.text.toLocaleLowerCase('vi'), run.id).toBe(before.toLocaleLowerCase('vi'));
        expect(edit.text, run.id).not.toBe(before);
      }
      const fixed = run.fix(run.markdown);
      expect(run.lint(fixed), run.id).toEqual([]);
      expect(run.fix(fixed), run.id).toBe(fixed);
    }
  });

  it('keeps its finding count at what a reading of every finding showed', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    expect(count, describeFindings(runs)).toBeLessThanOrEqual(13);
    expect(runs.filter((run) => run.findings.length > 0).length, describeFindings(runs)).toBeLessThanOrEqual(10);
  });
});
