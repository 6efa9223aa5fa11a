/**
 * The six fact rules over every corpus draft, with a WorkspaceIndex of all
 * drafts so the cross-document rules compare them as a newsroom archive.
 * No rule may throw; each stays under a ceiling set after reading every
 * finding (corpus articles are published copy, so almost every finding
 * would be a false alarm); the four drafts INDEX.tsv labels with the
 * misspelled title "Thứ tưởng" are all found. At the last reading:
 * person-title 5 (all "Thứ tưởng"), number-consistency 1 (a headline's
 * "200.000 viên thuốc" against the body's "20.000 viên thuốc"), the others 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../server/src/engine/index.js';
import { WorkspaceIndex } from '../../server/src/facts/workspace-index.js';
import invalidDate from '../../rules/invalid-date.js';
import nameConsistency from '../../rules/name-consistency.js';
import numberConsistency from '../../rules/number-consistency.js';
import personTitle from '../../rules/person-title.js';
import weekdayMismatch from '../../rules/weekday-mismatch.js';
import yearArithmetic from '../../rules/year-arithmetic.js';
import { CORPUS_DIR, CORPUS_MISSING, corpusAvailable, loadCorpusDrafts } from '../helpers/corpus.js';

const FACT_RULES = [invalidDate, weekdayMismatch, yearArithmetic, numberConsistency, nameConsistency, personTitle];

const CEILINGS: Record<string, number> = {
  'invalid-date': 2,
  'weekday-mismatch': 1,
  'year-arithmetic': 2,
  'number-consistency': 3,
  'name-consistency': 2,
  'person-title': 8,
};

interface Run {
  id: string;
  findings: Finding[];
  failures: string[];
}

function runAll(): Run[] {
  const drafts = loadCorpusDrafts();
  const workspace = new WorkspaceIndex();
  for (const draft of drafts) workspace.update(draft.id, draft.markdown);
  return drafts.map((draft) => {
    const result = lint(draft.markdown, { rules: FACT_RULES, locale: 'en', uri: draft.id, environment: { workspace } });
    return { id: draft.id, findings: result.findings, failures: result.failures.map((failure) => `${failure.ruleId}: ${failure.message}`) };
  });
}

function labelledFiles(phrase: string): string[] {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const column = header.split('\t').indexOf('misspellings');
  return rows.map((row) => row.split('\t')).filter((cells) => cells[column]?.includes(phrase)).map((cells) => cells[0]);
}

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'fact rules over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runAll() : [];
  const listed = (ruleId: string) =>
    runs.flatMap((run) => run.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${run.id} ${finding.range.start.line}:${finding.range.start.column} ${finding.message}`)).join('\n');

  it('lints every draft without a rule failing', () => {
    expect(runs.length).toBeGreaterThan(200);
    expect(runs.flatMap((run) => run.failures.map((failure) => `${run.id}: ${failure}`))).toEqual([]);
  });

  for (const [ruleId, ceiling] of Object.entries(CEILINGS)) {
    it(`${ruleId} stays at or under ${ceiling} findings`, () => {
      const count = runs.reduce((total, run) => total + run.findings.filter((finding) => finding.ruleId === ruleId).length, 0);
      expect(count, listed(ruleId)).toBeLessThanOrEqual(ceiling);
    });
  }

  it('finds every labelled "Thứ tưởng"', () => {
    const files = labelledFiles('Thứ tưởng');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const run = runs.find((candidate) => candidate.id === file)!;
      expect(run.findings.some((finding) => finding.ruleId === 'person-title' && finding.messageId === 'misspelled'), file).toBe(true);
    }
  });
});
