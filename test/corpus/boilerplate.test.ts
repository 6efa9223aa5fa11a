/**
 * boilerplate over every corpus draft. The baomoi scrape joins each article
 * into one line, so what is checked here is mostly the inline half of the
 * rule: "Tin liên quan" runs after a byline's time stamp, ">> Xem thêm: …"
 * links, "TẠI ĐÂY" advertorials. A reading of every finding found them all
 * to be page leftovers; the recall floors below come from INDEX.tsv, whose
 * `boilerplate_markers` column says which drafts hold which marker. Misses by
 * design: "Xem thêm các sản phẩm … tại <link>" (a sentence, not a label) and
 * "Mời quý độc giả cùng xem bộ tranh …" (an invitation to a picture series
 * that the article itself describes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate.js';
import { CORPUS_DIR, CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus, type CorpusRun } from '../helpers/corpus-rule.js';

/** INDEX.tsv: draft id → its `boilerplate_markers` column. */
function indexLabels(): Map<string, string> {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').split('\n').filter(Boolean);
  const column = header.split('\t').indexOf('boilerplate_markers');
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[0], cells[column] ?? '']));
}

interface RecallCase {
  /** How INDEX.tsv names the marker. */
  label: string;
  /** Does a finding in the draft catch it? */
  caught: (text: string, messageId: string) => boolean;
  /** Drafts that must be caught, of those labelled. */
  atLeast: number;
}

const RECALL: RecallCase[] = [
  { label: 'Tin liên quan', caught: (_text, id) => id === 'relatedRun', atLeast: 8 },
  { label: 'hh:mm dd/mm/yyyy', caught: (_text, id) => id === 'timestamp', atLeast: 9 },
  { label: 'Xem thêm', caught: (text) => /xem thêm/iu.test(text), atLeast: 8 },
  { label: 'TẠI ĐÂY', caught: (text) => text.includes('TẠI ĐÂY'), atLeast: 5 },
  { label: 'Đọc thêm', caught: (text) => text.includes('Đọc thêm'), atLeast: 4 },
  { label: '>> link', caught: (text) => text.includes('>>'), atLeast: 17 },
  { label: '(Bản quyền ...)', caught: (text) => text.includes('Bản quyền'), atLeast: 2 },
  { label: 'Mời quý độc giả', caught: (text) => text.includes('Mời quý độc giả'), atLeast: 3 },
];

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'boilerplate over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(boilerplate) : [];
  const labels = corpusAvailable() ? indexLabels() : new Map<string, string>();
  const flaggedText = (run: CorpusRun) => run.findings.map((finding) => ({ text: run.markdown.slice(finding.start, finding.end), id: finding.messageId }));

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('deletes only the flagged text and the blanks or line syntax around it; fixing leaves nothing fixable and is idempotent', () => {
    for (const run of runs) {
      for (const finding of run.findings) {
        for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
          expect(edit.text, run.id).toBe('');
          expect(edit.start <= finding.start && finding.end <= edit.end, `${run.id} ${finding.message}`).toBe(true);
          const around = run.markdown.slice(edit.start, finding.start) + run.markdown.slice(finding.end, edit.end);
          expect(around, `${run.id} ${finding.message}`).toMatch(/^[\s#>*_+-]*$/u);
        }
      }
      if (!run.findings.some((finding) => finding.fixes.length > 0)) continue;
      const fixed = run.fix(run.markdown);
      expect(run.lint(fixed).filter((finding) => finding.fixes.length > 0), run.id).toEqual([]);
      expect(run.fix(fixed), run.id).toBe(fixed);
    }
  });

  for (const { label, caught, atLeast } of RECALL) {
    it(`catches "${label}" in at least ${atLeast} of the drafts INDEX.tsv labels with it`, () => {
      const labelled = runs.filter((run) => labels.get(run.id)?.includes(label));
      const missed = labelled.filter((run) => !flaggedText(run).some(({ text, id }) => caught(text, id))).map((run) => run.id);
      expect(labelled.length - missed.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(atLeast);
    });
  }

  it('flags nothing in drafts INDEX.tsv finds free of page leftovers', () => {
    const inScope = RECALL.map((recall) => recall.label);
    const noisy = runs.filter((run) => run.findings.length > 0 && !inScope.some((label) => labels.get(run.id)?.includes(label)));
    expect(noisy.map((run) => run.id), describeFindings(noisy)).toEqual([]);
  });

  it('keeps its finding count within the band measured on the corpus', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    const detail = describeFindings(runs);
    expect(count, detail).toBeLessThanOrEqual(58);
    expect(count, detail).toBeGreaterThanOrEqual(48);
  });
});
