/**
 * terminology over every corpus draft. INDEX.tsv's `misspellings` column
 * labels the real misspellings in the corpus and the look-alikes that a
 * naive search takes for one ("năng xuất (FP: tiềm/khả năng + xuất
 * khẩu/hiện)"). Every labelled misspelling must be found in its file, no
 * labelled look-alike may be, and the total stays where a reading of every
 * finding left it: 28 findings in 24 drafts, all real misspellings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import terminology from '../../rules/terminology.js';
import { CORPUS_DIR, CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

interface Label {
  file: string;
  phrase: string;
  falsePositive: boolean;
}

/** "bàc sĩ,hạnh hạ" → two real labels; "sát nhập (FP: cảnh sát + nhập cư)" or "chính chắn (not chín chắn; …)" → a false positive. */
function readLabels(): Label[] {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const column = header.split('\t').indexOf('misspellings');
  return rows.flatMap((row) => {
    const cells = row.split('\t');
    const value = cells[column]?.trim();
    if (!value) return [];
    return value.split(/,(?![^()]*\))/).map((item) => {
      const phrase = item.replace(/\(.*\)/, '').trim();
      return { file: cells[0], phrase, falsePositive: /\((?:FP|not)\b/.test(item) };
    });
  });
}

const key = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'terminology over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(terminology) : [];
  const labels = corpusAvailable() ? readLabels() : [];
  const found = (file: string, phrase: string) => {
    const run = runs.find((candidate) => candidate.id === file);
    return run?.findings.some((finding) => key(run.markdown.slice(finding.start, finding.end)) === key(phrase)) ?? false;
  };

  it('reads the labels (real misspellings and look-alikes)', () => {
    expect(labels.filter((label) => !label.falsePositive).length).toBeGreaterThanOrEqual(26);
    expect(labels.filter((label) => label.falsePositive).length).toBeGreaterThanOrEqual(5);
  });

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('finds every labelled misspelling in its file', () => {
    const missed = labels.filter((label) => !label.falsePositive && !found(label.file, label.phrase));
    expect(missed, describeFindings(runs)).toEqual([]);
  });

  it('leaves every labelled look-alike alone', () => {
    expect(labels.filter((label) => label.falsePositive && found(label.file, label.phrase))).toEqual([]);
  });

  it('fixes only the matched words, and fixing leaves nothing fixable and is idempotent', () => {
    for (const run of runs) {
      if (run.findings.length === 0) continue;
      for (const finding of run.findings) {
        expect(finding.fixes[0].edits, run.id).toEqual([{ start: finding.start, end: finding.end, text: expect.any(String) }]);
      }
      const fixed = run.fix(run.markdown);
      expect(run.lint(fixed), run.id).toEqual([]);
      expect(run.fix(fixed), run.id).toBe(fixed);
    }
  });

  it('keeps its finding count at what a reading of every finding showed', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    expect(count, describeFindings(runs)).toBeLessThanOrEqual(30);
    expect(runs.filter((run) => run.findings.length > 0).length, describeFindings(runs)).toBeLessThanOrEqual(25);
  });
});
