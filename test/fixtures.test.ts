/** Runs every rule fixture: expected lines, fixes, idempotence, bytes outside fixed ranges. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actualFindings, fixFixture, lintFixture, loadFixtures, rules } from './helpers/fixtures.js';

const fixtures = loadFixtures();

describe('rule fixtures', () => {
  it('every rule has fixtures, including a clean one (no expected finding)', () => {
    for (const rule of rules) {
      const own = fixtures.filter((fixture) => fixture.ruleId === rule.id);
      expect(own.length, `${rule.id} has no fixtures in test/fixtures/${rule.id}/`).toBeGreaterThan(0);
      expect(own.some((fixture) => fixture.expected.size === 0), `${rule.id} needs a fixture of look-alikes it must not flag`).toBe(true);
      expect(own.some((fixture) => fixture.expected.size > 0), `${rule.id} needs a fixture it must flag`).toBe(true);
    }
  });

  for (const fixture of fixtures) {
    describe(`${fixture.ruleId}/${fixture.name}`, () => {
      const findings = lintFixture(fixture);

      it('flags exactly the marked lines', () => {
        const actual = Object.fromEntries(actualFindings(findings));
        const expected = Object.fromEntries(fixture.expected);
        const detail = findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`).join('\n');
        expect(actual, detail).toEqual(expected);
      });

      it('offers fixes only when the rule is fixable, and every fix is well-formed', () => {
        const rule = rules.find((candidate) => candidate.id === fixture.ruleId)!;
        for (const finding of findings) {
          if (!rule.fixable) expect(finding.fixes).toEqual([]);
          for (const fix of finding.fixes) {
            expect(fix.title.length).toBeGreaterThan(0);
            for (const edit of fix.edits) {
              expect(edit.start).toBeGreaterThanOrEqual(0);
              expect(edit.end).toBeGreaterThanOrEqual(edit.start);
              expect(edit.end).toBeLessThanOrEqual(fixture.text.length);
            }
          }
        }
      });

      it('after fixing, nothing fixable is left, and fixing again changes nothing', () => {
        const fixed = fixFixture(fixture);
        expect(lintFixture(fixture, fixed).filter((finding) => finding.fixes.length > 0)).toEqual([]);
        expect(fixFixture(fixture, fixed)).toBe(fixed);
      });

      if (fixture.fixedFile) {
        it('fixes to the expected text', () => {
          expect(fixFixture(fixture)).toBe(readFileSync(fixture.fixedFile!, 'utf8'));
        });
      }
    });
  }
});
