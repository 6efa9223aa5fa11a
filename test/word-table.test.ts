/** WordTable: the distinct words of texts, found in place. */
import { describe, expect, it } from 'vitest';
import { WordTable } from '../rules/lib/word-table.js';

describe('WordTable', () => {
  it('makes a word\'s value once and finds the word again in another text and place', () => {
    const table = new WordTable<string>(100);
    const seen: string[] = [];
    const compute = (word: string) => {
      seen.push(word);
      return word.toUpperCase();
    };
    const id = table.idOf('ông Tớp nói', 4, 7, compute);
    expect(table.value(id)).toBe('TỚP');
    expect(table.idOf('Tớp', 0, 3, compute)).toBe(id);
    expect(table.value(table.idOf('ông Tớp nói', 0, 3, compute))).toBe('ÔNG');
    expect(seen).toEqual(['Tớp', 'ông']);
  });

  it('tells apart words of the same length and a word from its prefix', () => {
    const table = new WordTable<string>(100);
    const identity = (word: string) => word;
    const text = 'ab ba abc a';
    const spans: Array<[number, number]> = [[0, 2], [3, 5], [6, 9], [10, 11], [6, 8]];
    expect(spans.map(([start, end]) => table.value(table.idOf(text, start, end, identity)))).toEqual(['ab', 'ba', 'abc', 'a', 'ab']);
    expect(table.size).toBe(4);
  });

  it('keeps each word\'s bits, starting at 0', () => {
    const table = new WordTable<number>(100);
    const first = table.idOf('một hai', 0, 3, () => 1);
    const second = table.idOf('một hai', 4, 7, () => 2);
    expect(table.bits(first)).toBe(0);
    table.setBits(first, 5);
    table.setBits(second, 6);
    expect(table.bits(table.idOf('một', 0, 3, () => 0))).toBe(5);
    expect(table.bits(second)).toBe(6);
  });

  it('keeps every word while it grows, and trim() empties it only at its limit', () => {
    const table = new WordTable<number>(5_000, 8);
    let computed = 0;
    const compute = (word: string) => {
      computed += 1;
      return Number(word);
    };
    const words = Array.from({ length: 4_000 }, (_, index) => String(index));
    for (const word of words) table.idOf(word, 0, word.length, compute);
    table.trim();
    for (const word of words) expect(table.value(table.idOf(` ${word} `, 1, word.length + 1, compute))).toBe(Number(word));
    expect(computed).toBe(4_000);
    for (let index = 4_000; index < 6_000; index += 1) table.idOf(String(index), 0, String(index).length, compute);
    expect(table.size).toBe(6_000);
    table.trim();
    expect(table.size).toBe(0);
    expect(table.value(table.idOf('5999', 0, 4, compute))).toBe(5_999);
    expect(computed).toBe(6_001);
  });
});
