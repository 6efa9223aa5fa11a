/** SpanCache: values of pieces of a text, found in place. */
import { describe, expect, it } from 'vitest';
import { SpanCache } from '../rules/lib/span-cache.js';

describe('SpanCache', () => {
  it('computes a piece once and finds it again in another text and place', () => {
    const cache = new SpanCache<string>(100);
    const seen: string[] = [];
    const compute = (key: string) => {
      seen.push(key);
      return key.toUpperCase();
    };
    expect(cache.get('ông Tớp nói', 4, 7, compute)).toBe('TỚP');
    expect(cache.get('Tớp', 0, 3, compute)).toBe('TỚP');
    expect(cache.get('ông Tớp nói', 0, 3, compute)).toBe('ÔNG');
    expect(seen).toEqual(['Tớp', 'ông']);
  });

  it('tells apart pieces of the same length and a piece from its prefix', () => {
    const cache = new SpanCache<string>(100);
    const identity = (key: string) => key;
    const text = 'ab ba abc a';
    expect(cache.get(text, 0, 2, identity)).toBe('ab');
    expect(cache.get(text, 3, 5, identity)).toBe('ba');
    expect(cache.get(text, 6, 9, identity)).toBe('abc');
    expect(cache.get(text, 10, 11, identity)).toBe('a');
    expect(cache.get(text, 6, 8, identity)).toBe('ab');
    expect(cache.size).toBe(4);
  });

  it('keeps every entry while it grows, and empties itself at its limit', () => {
    const cache = new SpanCache<number>(5_000, 8);
    let computed = 0;
    const compute = (key: string) => {
      computed += 1;
      return Number(key);
    };
    const words = Array.from({ length: 4_000 }, (_, index) => String(index));
    for (const word of words) cache.get(word, 0, word.length, compute);
    for (const word of words) expect(cache.get(` ${word} `, 1, word.length + 1, compute)).toBe(Number(word));
    expect(computed).toBe(4_000);
    for (let index = 4_000; index < 6_000; index += 1) cache.get(String(index), 0, String(index).length, compute);
    expect(cache.size).toBeLessThanOrEqual(5_000);
    expect(cache.get('5999', 0, 4, compute)).toBe(5_999);
  });
});
