/** The fact tokenizer: the hand-written scan reads exactly what its defining pattern `TOKEN` reads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN, tokenize } from '../rules/lib/tokens.js';

/** The tokens `TOKEN` itself finds, as text and offset. */
const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((match) => [match[0], match.index]);
const byScan = (text: string) => tokenize(text).map((token) => [token.text, token.start]);

/** Characters that test each branch: the dotted abbreviations, inner joiners, marks, astral letters, lone surrogates, odd spaces and digits. */
const PIECES = ['T', 'P', 'p', 'X', 'Q', 'H', 'TP', '.', ' ', '\n', '\u00a0', '\t', 'a', 'Ầ', 'ầ', 'đ', 'Đ', '&', '/', "'", '’', '-', ',', '1', '²', '٣', '\u0301', '😀', '𝐀', '\ud835', 'ß', 'ǅ', 'Σ'];

describe('tokenize', () => {
  it('cuts words, dotted abbreviations and punctuation as TOKEN does', () => {
    const text = 'TP. Hồ Chí Minh, TP.HCM, Tp.Thủ Đức, Q. 1, H.Gia Lâm, TN&MT, đ/c Lê’s, GS.TS Nguyễn - “ông” 12/9, TT. chưa';
    expect(byScan(text)).toEqual(byPattern(text));
    expect(tokenize('TP. Huế và TP. nhỏ').map((token) => token.text)).toEqual(['TP.', 'Huế', 'và', 'TP', '.', 'nhỏ']);
  });

  it('agrees with TOKEN on any mix of the tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('classifies tokens and keeps their keys', () => {
    const tokens = tokenize('Ông UBND Thuỷ 12 ,\nbà');
    expect(tokens.map((token) => [token.kind, token.lower, token.afterBreak])).toEqual([
      ['cap', 'ông', false],
      ['upper', 'ubnd', false],
      ['cap', 'thuỷ', false],
      ['number', '12', false],
      ['punct', ',', false],
      ['lower', 'bà', true],
    ]);
    expect(tokens[2].key).toBe(tokenize('thủy')[0].key);
  });
});
