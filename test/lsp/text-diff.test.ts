/** The small edits between two texts, for fix-all and config edits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { editsBetween } from '../../server/src/lsp/text-diff.js';

describe('editsBetween', () => {
  it('touches only what changed', () => {
    const before = 'Sáng 27-9 và chiều 28-9, hội chợ mở cửa.';
    const after = 'Sáng 27/9 và chiều 28/9, hội chợ mở cửa.';
    expect(editsBetween(before, after)).toEqual([
      { start: 7, end: 8, text: '/' },
      { start: 21, end: 22, text: '/' },
    ]);
    expect(editsBetween(before, before)).toEqual([]);
  });

  it('always turns the first text into the second', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'ă', 'ệ', '\n', ' ', '/', '-') }), fc.string({ unit: fc.constantFrom('a', 'b', 'ă', 'ệ', '\n', ' ', '/', '-') }), (before, after) => {
        expect(applyEdits(before, editsBetween(before, after))).toBe(after);
      }),
    );
  });

  it('replaces a long changed run of lines whole, and keeps unchanged lines out of the edits', () => {
    const before = `tiêu đề\n${'x'.repeat(5000)}\ncuối bài\n`;
    const after = `tiêu đề\n${'y'.repeat(5000)}\ncuối bài\n`;
    expect(editsBetween(before, after)).toEqual([{ start: 8, end: 5008, text: 'y'.repeat(5000) }]);
  });
});
