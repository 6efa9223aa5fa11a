/**
 * Fixes never lose text: over every corpus article (as CRLF, with a BOM,
 * without a final newline too) and over generated drafts, applying all fixes
 * leaves every untouched block identical, keeps line endings, BOM and final
 * newline, and a second pass changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/engine/index.js';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from '../helpers/corpus.js';
import { fixAll, lintAll, topLevelBlocks } from '../helpers/all-rules.js';
import { draftArbitrary } from '../helpers/draft-arbitrary.js';

interface Variant {
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}

function variant(text: string, { crlf, bom, finalNewline }: Variant): string {
  let out = text.replace(/\r\n/g, '\n');
  if (!finalNewline) out = out.replace(/\n+$/, '');
  if (crlf) out = out.replace(/\n/g, '\r\n');
  return (bom ? '\uFEFF' : '') + out;
}

/** Every property the issue asks of a fix, checked on one text. */
function checkFixSafety(text: string): void {
  const findings = lintAll(text);
  const once = applyFixes(text, findings);
  const fixed = fixAll(text);

  // Idempotent, and nothing fixable left.
  expect(fixAll(fixed)).toBe(fixed);
  expect(lintAll(fixed).filter((finding) => finding.fixes.length > 0)).toEqual([]);

  // Line endings, BOM and final newline survive.
  expect(fixed.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  if (fixed.length > 0) expect(/\n$/.test(fixed)).toBe(/\n$/.test(text));
  if (!/(^|[^\r])\n/.test(text)) expect(fixed).not.toMatch(/(^|[^\r])\n/);

  // Blocks no edit touched keep their exact structure, in order.
  const touched = (block: { start: number; end: number }) => once.applied.some((edit) => edit.start <= block.end && edit.end >= block.start);
  const kept = topLevelBlocks(text).filter((block) => !touched(block)).map((block) => block.shape);
  const after = topLevelBlocks(once.text).map((block) => block.shape);
  let cursor = 0;
  for (const shape of kept) {
    cursor = after.indexOf(shape, cursor);
    expect(cursor, `an untouched block changed or moved:\n${shape.slice(0, 300)}`).toBeGreaterThanOrEqual(0);
    cursor++;
  }
}

describe.skipIf(!corpusAvailable())('fix safety over the corpus', () => {
  const drafts = corpusAvailable() ? loadCorpusDrafts() : [];

  it('holds for every article as written', { timeout: 600_000 }, () => {
    for (const draft of drafts) checkFixSafety(draft.markdown);
  });

  it('holds for every article with CRLF, BOM and no final newline', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.record({ crlf: fc.boolean(), bom: fc.boolean(), finalNewline: fc.boolean() }), (draft, options) => {
        checkFixSafety(variant(draft.markdown, options));
      }),
      { numRuns: 100, seed: 20261122 },
    );
  });
});

describe('fix safety over generated drafts', () => {
  it('holds for random drafts built from newsroom fragments', { timeout: 600_000 }, () => {
    fc.assert(fc.property(draftArbitrary(), (text) => checkFixSafety(text)), { numRuns: 300, seed: 7 });
  });
});

if (!corpusAvailable()) console.warn(CORPUS_MISSING);
