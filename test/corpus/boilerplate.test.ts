/**
 * boilerplate over every corpus draft, twice: as scraped, and pasted one
 * paragraph per sentence. The baomoi scrape joins each article into one line,
 * so the first run checks the inline half of the rule ("Tin liên quan" runs
 * after a byline's time stamp, ">> Xem thêm: …" links, "TẠI ĐÂY"
 * advertorials); the second puts each marker on a line of its own or at the
 * start of one, for the whole-line half. A reading of every finding of both
 * runs found them all to be page leftovers. The recall floors come from
 * INDEX.tsv, whose `boilerplate_markers` column says which drafts hold which
 * marker. Misses by design: "Xem thêm các sản phẩm … tại <link>" (a sentence,
 * not a label) and "Mời quý độc giả cùng xem bộ tranh …" (an invitation to a
 * picture series the article itself describes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
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

/** Drafts with a page leftover INDEX.tsv does not name, each read: "…  Xem tiếp  Bảo Trang" (a "continue" link between paragraphs). */
const UNLABELLED_LEFTOVERS = ['baomoi_magizbox/22728895.txt'];

/**
 * The draft as a reporter pastes it one paragraph per sentence (and per
 * double-space seam of the scrape), so that every marker sits on a line of
 * its own or at the start of one: the whole-line half of the rule.
 */
function pastedLineByLine(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (/^(?:#|---|\w+: )/u.test(line) ? line : line.replace(/([.!?…]["”’)]?) +(?=[\p{Lu}\d"“>])/gu, '$1\n\n').replace(/ {2,}/gu, '\n\n')))
    .join('\n');
}

function asPasted(run: CorpusRun): CorpusRun {
  const markdown = pastedLineByLine(run.markdown);
  const result = lint(markdown, { rules: [boilerplate], locale: 'vi' });
  return { ...run, markdown, findings: result.findings, failures: result.failures.map((failure) => failure.message) };
}

const VARIANTS = [
  { name: 'as scraped', prepare: (run: CorpusRun) => run, band: [48, 58] },
  { name: 'pasted line by line', prepare: asPasted, band: [46, 58] },
] as const;

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'boilerplate over the corpus' : CORPUS_MISSING, () => {
  const scraped = corpusAvailable() ? runRuleOverCorpus(boilerplate) : [];
  const labels = corpusAvailable() ? indexLabels() : new Map<string, string>();
  const flaggedText = (run: CorpusRun) => run.findings.map((finding) => ({ text: run.markdown.slice(finding.start, finding.end), id: finding.messageId }));

  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      const runs = scraped.map(variant.prepare);

      it('never throws', () => {
        expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
      });

      it('deletes only the flagged text and the blanks, line syntax or bare URL around it; fixing leaves nothing fixable and is idempotent', () => {
        for (const run of runs) {
          for (const finding of run.findings) {
            for (const edit of finding.fixes.flatMap((fix) => fix.edits)) {
              expect(edit.text, run.id).toBe('');
              expect(edit.start <= finding.start && finding.end <= edit.end, `${run.id} ${finding.message}`).toBe(true);
              const around = run.markdown.slice(edit.start, finding.start) + run.markdown.slice(finding.end, edit.end);
              // A bare URL on a link line goes with it ("Website: www.…").
              expect(around, `${run.id} ${finding.message}`).toMatch(/^(?:[\s#>*_+-]|(?:https?:\/\/|www\.)\S+)*$/u);
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

      it('flags nothing in drafts INDEX.tsv finds free of page leftovers, but the leftovers it missed', () => {
        const inScope = RECALL.map((recall) => recall.label);
        const noisy = runs.filter((run) => run.findings.length > 0 && !inScope.some((label) => labels.get(run.id)?.includes(label)));
        expect(noisy.map((run) => run.id), describeFindings(noisy)).toEqual(UNLABELLED_LEFTOVERS);
      });

      it('keeps its finding count within the band measured on the corpus', () => {
        const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
        const detail = describeFindings(runs);
        expect(count, detail).toBeLessThanOrEqual(variant.band[1]);
        expect(count, detail).toBeGreaterThanOrEqual(variant.band[0]);
      });
    });
  }
});
