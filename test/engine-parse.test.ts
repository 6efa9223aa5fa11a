/**
 * The engine parses each draft with only the GFM constructs (and front
 * matter) its text can hold; the tree must be the one full remark-gfm gives.
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/engine/parse.js';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from './helpers/corpus.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const fullTree = (text: string) => full.parse(text) as Root;

/** Pieces that trigger, or nearly trigger, every construct the engine may leave out. */
const PIECES = [
  'Ngày 27/9, Bộ Tài chính họp.', '~~gạch~~', '~một~', 'a ~ b', '[^1]', '[^1]: Chú thích.', 'x[^ghi chú]',
  '- [ ] việc', '- [x] xong', '* [X] Xong', '1. [\t] tab', '- [\r\n] dòng', '[ ]', '[y]',
  '| a | b |', '|---|---|', 'a | b', 'www.baochinhphu.vn', 'https://vnexpress.net/a', 'HTTPS://X.VN', 'ban@toasoan.vn', 'x@y',
  '---', '***', '> trích', '```', '`mã`', '<!-- chú thích -->', '[liên kết](https://x.vn)',
];
const draft = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '')), { maxLength: 14 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''))
  .chain((body) => fc.constantFrom(body, `---\ntitle: Tin\n---\n${body}`, `---\r\ndate: 2025-09-27\r\n---\r\n${body}`));

describe('the engine\'s parse', () => {
  it('gives the tree of full GFM and front matter on drafts mixing every construct it may leave out', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(parseDocument(text).mdast).toEqual(fullTree(text));
      }),
      { numRuns: 600 },
    );
  });

  it.skipIf(!corpusAvailable())(`gives the tree of full GFM on every corpus article, as scraped and as a draft${corpusAvailable() ? '' : ` (${CORPUS_MISSING})`}`, () => {
    for (const { markdown, raw } of loadCorpusDrafts()) for (const text of [markdown, raw]) expect(parseDocument(text).mdast).toEqual(fullTree(text));
  });
});
