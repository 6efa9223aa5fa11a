/**
 * The shipped Vietnamese dictionary's own examples, run like prh's `specs`:
 * each entry has at least one text it must change and one look-alike it must
 * leave alone, and they hold both for the entry alone and for the whole list
 * (so one entry never spoils another's examples).
 */
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_TERMS } from '../rules/data/terminology-vi.js';
import { describeSpecFailure, failedSpecs, TermDictionary } from '../rules/lib/term-dictionary.js';

describe('shipped Vietnamese dictionary specs', () => {
  const whole = new TermDictionary(VIETNAMESE_TERMS);

  for (const entry of VIETNAMESE_TERMS) {
    describe(entry.expected, () => {
      const specs = entry.specs ?? [];

      it('has a "should match" and a "should not match" example', () => {
        expect(specs.filter((spec) => spec.to !== spec.from).length).toBeGreaterThan(0);
        expect(specs.filter((spec) => spec.to === spec.from).length).toBeGreaterThan(0);
      });

      it('passes its specs alone', () => {
        expect(failedSpecs([entry]).map(describeSpecFailure)).toEqual([]);
      });

      it('passes its specs with the whole dictionary', () => {
        for (const spec of specs) expect(whole.apply(spec.from), spec.from).toBe(spec.to);
      });
    });
  }

  it('matches whole words only, in any case, keeping the case of the text', () => {
    expect(whole.apply('SỬ LÝ gấp; Sử lý gấp; sử lý gấp')).toBe('XỬ LÝ gấp; Xử lý gấp; xử lý gấp');
    expect(whole.apply('bàc sĩx, xbàc sĩ, sổ sốt')).toBe('bàc sĩx, xbàc sĩ, sổ sốt');
  });

  it('reads a phrase broken by a line or a no-break space', () => {
    expect(whole.apply('phải sử\nlý ngay; năng\u00a0xuất lúa')).toBe('phải xử lý ngay; năng suất lúa');
  });
});
