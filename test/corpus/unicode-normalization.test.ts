/**
 * unicode-normalization over every corpus draft. INDEX.tsv's
 * `unicode_whitespace_flags` column labels the drafts with decomposed letters
 * (not-NFC), stray combining marks, zero-width characters and no-break
 * spaces. A reading of every finding showed 31 findings in 26 drafts, all
 * real defects:
 * - 18 stray marks: 12 repaired ("thi ̣trường", "Thuỵ̣", "đôị̣"), 6 with no
 *   unambiguous repair ("miể̃n", "hoaẠ̉");
 * - 6 zero-width spaces;
 * - 3 doubled no-break spaces;
 * - 4 decomposed words or paragraphs.
 *
 * The corpus has no TCVN3, VNI or Ð text, so any such finding would be a
 * false alarm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import unicodeNormalization from '../../rules/unicode-normalization.js';
import { CORPUS_DIR, CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

/** file → its flags ("combining-mark", "zero-width", "not-NFC", "nbsp", …). */
function readFlags(): Map<string, string[]> {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const column = header.split('\t').indexOf('unicode_whitespace_flags');
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[0], (cells[column] ?? '').split(',').filter(Boolean)]));
}

/** Flags this rule answers for; double spaces and spaces before punctuation are another rule's. */
const OWN_FLAGS = ['combining-mark', 'zero-width', 'not-NFC'];

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'unicode-normalization over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(unicodeNormalization) : [];
  const flags = corpusAvailable() ? readFlags() : new Map<string, string[]>();
  const labelled = [...flags].filter(([, list]) => list.some((flag) => OWN_FLAGS.includes(flag))).map(([file]) => file);

  it('reads the labels', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(23);
  });

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('finds a defect in every draft labelled with stray marks, zero-width characters or decomposed letters', () => {
    const missed = labelled.filter((file) => !runs.find((run) => run.id === file)?.findings.length);
    expect(missed, describeFindings(runs)).toEqual([]);
  });

  it('flags a no-break space exactly where it is doubled, and never a single one', () => {
    for (const run of runs) {
      const doubled = /\S(?: \u00A0|\u00A0 |\u00A0\u00A0)[ \u00A0]*\S/.test(run.markdown);
      expect(run.findings.some((finding) => finding.messageId === 'doubledNbsp'), run.id).toBe(doubled);
    }
    expect(runs.filter((run) => run.markdown.includes('\u00A0')).length).toBeGreaterThan(runs.filter((run) => run.findings.some((finding) => finding.messageId === 'doubledNbsp')).length);
  });

  it('flags only drafts that INDEX.tsv labels, and no legacy encoding or look-alike Đ', () => {
    const unlabelled = runs.filter((run) => run.findings.length > 0 && !(flags.get(run.id) ?? []).some((flag) => [...OWN_FLAGS, 'nbsp'].includes(flag)));
    expect(unlabelled.map((run) => run.id), describeFindings(runs)).toEqual([]);
    const legacy = runs.flatMap((run) => run.findings.filter((finding) => ['legacyRun', 'legacyWord', 'eth'].includes(finding.messageId)));
    expect(legacy).toEqual([]);
  });

  it('fixes only inside its findings, and fixing leaves nothing fixable and is idempotent', () => {
    for (const run of runs) {
      for (const finding of run.findings) {
        for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
          expect(edit.start, run.id).toBeGreaterThanOrEqual(finding.start);
          expect(edit.end, run.id).toBeLessThanOrEqual(finding.end);
        }
      }
      if (!run.findings.some((finding) => finding.fixes.length > 0)) continue;
      const fixed = run.fix(run.markdown);
      expect(run.lint(fixed).filter((finding) => finding.fixes.length > 0), run.id).toEqual([]);
      expect(run.fix(fixed), run.id).toBe(fixed);
    }
  });

  it('keeps its finding count at what a reading of every finding showed', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    const detail = describeFindings(runs);
    expect(count, detail).toBeLessThanOrEqual(34);
    expect(count, detail).toBeGreaterThanOrEqual(28);
    expect(runs.filter((run) => run.findings.length > 0).length, detail).toBeLessThanOrEqual(27);
  });
});
