/** How the syllable rule reads the words of the prose at the edges of Unicode. */
import { describe, expect, it } from 'vitest';
import syllable, { findSyllableProblems } from '../rules/syllable.js';

const flagged = (prose: string) => findSyllableProblems(prose, syllable.defaultOptions).map(({ token }) => prose.slice(token.start, token.end));

describe('syllable: words', () => {
  it('reads a letter outside the BMP as part of the word it touches', () => {
    // "bàc𝐀" is one word with a capital inside: not judged.
    expect(flagged('ông bàc𝐀 đi')).toEqual([]);
    expect(flagged('ông bàc 𝐀 đi')).toEqual(['bàc']);
  });

  it('does not take a lone surrogate or a symbol outside the BMP for a letter', () => {
    expect(flagged('ông bàc\uD835 đi')).toEqual(['bàc']);
    expect(flagged('ông bàc😀 đi')).toEqual(['bàc']);
  });

  it('keeps combining marks inside the word', () => {
    expect(flagged('ông ba\u0300c sĩ')).toEqual(['ba\u0300c']);
  });

  it('judges a capitalised word by its run, whatever was read before', () => {
    expect(flagged('Đển khi về. Ông Đển nói.')).toEqual(['Đển']);
    expect(flagged('ông Đển nói. Đển khi về.')).toEqual(['Đển']);
  });

  it('gives each configuration its own answers when configurations take turns', () => {
    const prose = 'Đển khi về, ông Đển gặp bàc sĩ và sữ dụng đễ.';
    const run = (options: Partial<typeof syllable.defaultOptions>) =>
      findSyllableProblems(prose, { ...syllable.defaultOptions, ...options }).map(({ token, verdict }) => `${token.text}:${verdict.messageId}`);
    const plain = run({});
    expect(plain).toEqual(['Đển:unattested', 'bàc:stopTone', 'sữ:unattested', 'đễ:unattested']);
    expect(run({ allow: ['đển', 'Sữ'] })).toEqual(['bàc:stopTone', 'đễ:unattested']);
    expect(run({ checkAttested: false })).toEqual(['bàc:stopTone']);
    expect(run({})).toEqual(plain);
  });
});
