/**
 * Fuzzing the engine with every rule on random Markdown, within a time
 * budget rather than a fixed count: no rule may throw, and fixes must settle.
 * A crash found here becomes a fixture of the rule that threw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';
import { rules } from '../../rules/index.js';
import { fixAll } from '../helpers/all-rules.js';
import { draftArbitrary } from '../helpers/draft-arbitrary.js';

const BUDGET_MS = Number(process.env.COPYDESK_FUZZ_MS ?? 15_000);

describe('fuzz', () => {
  it(`no rule throws on random drafts or raw strings (${BUDGET_MS / 1000} s budget)`, { timeout: BUDGET_MS * 4 }, () => {
    let inputs = 0;
    const input = fc.oneof(draftArbitrary(), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
    fc.assert(
      fc.property(input, (text) => {
        inputs++;
        const result = lint(text, { rules });
        expect(result.failures).toEqual([]);
        const fixed = fixAll(text);
        expect(fixAll(fixed)).toBe(fixed);
      }),
      { numRuns: 1_000_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
    );
    console.log(`fuzz: ${inputs} inputs in ${BUDGET_MS / 1000} s`);
    expect(inputs).toBeGreaterThan(50);
  });
});
