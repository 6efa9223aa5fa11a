/**
 * syllable over every corpus draft. Reading every finding when this was
 * written showed 31, all real defects: "bàc sĩ", "Đển", "đễ có", "dấu diếm",
 * "sữ dụng", "bao gồn", "phẩu thuật", "Trớ chêu", "môt", "Hoằc", "ngưởng",
 * "nh ững", "trênh" and 14 pairs of words run together ("gâyviêm",
 * "chânmiệng"). The bar is under 0.5% of the Vietnamese-looking
 * words; the band below keeps the rule near what was read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import syllable from '../../rules/syllable.js';
import { isAttested } from '../../rules/lib/attested-syllables.js';
import { analyseSyllable, isVietnameseLooking } from '../../rules/lib/syllable-structure.js';
import { parseDocument } from '../../server/src/engine/parse.js';
import { CORPUS_DIR, CORPUS_MISSING, corpusAvailable } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

/** Every word of the draft's prose written with ă â đ ê ô ơ ư or a tone mark. */
function vietnameseLookingWords(markdown: string): number {
  let count = 0;
  for (const match of parseDocument(markdown).prose.matchAll(/[\p{L}\p{M}]+/gu)) if (isVietnameseLooking(match[0])) count += 1;
  return count;
}

/** A word no Vietnamese reader would accept: ill-formed, or well-formed but unused. */
function isNonSyllable(word: string): boolean {
  const analysis = analyseSyllable(word);
  return analysis !== undefined && (analysis.problem !== undefined || !isAttested(analysis.base, analysis.tone));
}

/** INDEX.tsv's misspellings column: file → labelled phrases, with the false-positive labels apart. */
function labelledMisspellings(): Array<{ file: string; phrase: string; falsePositive: boolean }> {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').split('\n').filter(Boolean);
  const column = header.split('\t').indexOf('misspellings');
  return rows.flatMap((row) => {
    const cells = row.split('\t');
    const labels = (cells[column] ?? '').trim();
    if (!labels) return [];
    return labels.split(',').map((label) => ({
      file: cells[0],
      phrase: label.replace(/\s*\(.*\)\s*$/, '').trim(),
      falsePositive: /\(FP\b/.test(label),
    }));
  });
}

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'syllable over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(syllable) : [];
  /** The words the rule flagged in one draft, as written. */
  const flaggedWords = (id: string) => {
    const draft = runs.find((each) => each.id === id)!;
    return draft.findings.map((finding) => draft.markdown.slice(finding.start, finding.end));
  };

  it('never throws', () => {
    expect(runs.filter((each) => each.failures.length > 0).map((each) => `${each.id}: ${each.failures}`)).toEqual([]);
  });

  it('flags under 0.5% of the Vietnamese-looking words, within the band that was read', () => {
    const words = runs.reduce((sum, each) => sum + vietnameseLookingWords(each.markdown), 0);
    const flagged = runs.reduce((sum, each) => sum + each.findings.length, 0);
    const detail = `${flagged} of ${words} words\n${describeFindings(runs)}`;
    expect(words).toBeGreaterThan(100_000);
    expect(flagged / words, detail).toBeLessThan(0.005);
    expect(flagged, detail).toBeLessThanOrEqual(45);
    expect(flagged, detail).toBeGreaterThanOrEqual(20);
  });

  it('catches the labelled misspellings that contain a non-syllable ("bàc sĩ", "Đển", "đễ có", "dấu diếm")', () => {
    const catchable = labelledMisspellings().filter((label) => !label.falsePositive && label.phrase.split(/\s+/).some(isNonSyllable));
    expect(catchable.map((label) => label.phrase)).toEqual(expect.arrayContaining(['bàc sĩ', 'Đển']));
    for (const label of catchable) {
      const flagged = flaggedWords(label.file);
      for (const word of label.phrase.split(/\s+/).filter(isNonSyllable)) expect(flagged, `${label.file}: ${label.phrase}`).toContain(word);
    }
  });

  it('leaves alone the real words of the look-alike labels ("tiềm năng xuất khẩu", "cảnh sát nhập cư", "nhân sinh đẹp đẽ")', () => {
    const lookAlikes = labelledMisspellings().filter((label) => label.falsePositive);
    expect(lookAlikes.length).toBeGreaterThan(0);
    for (const label of lookAlikes) {
      const flagged = flaggedWords(label.file);
      for (const word of ['tiềm', 'năng', 'xuất', 'khẩu', 'khả', 'hiện', 'cảnh', 'sát', 'nhập', 'cư', 'nhân', 'sinh', 'đẹp', 'đẽ']) {
        expect(flagged, label.file).not.toContain(word);
      }
    }
  });
});
