/**
 * Rule fixtures: `test/fixtures/<rule-id>/<case>.md` hold the Markdown and,
 * on each line that must be flagged, a marker comment naming the rule:
 *
 *   Hôm 27-9, đoàn đến Hà Nội. <!-- expect: date-format -->
 *
 * `<!-- expect: date-format ×2 -->` expects two findings on that line. Lines
 * without a marker must get no finding from the fixture's rule. A comment
 * `<!-- fixture: {"options": {...}, "locale": "vi", "environment": {...}} -->`
 * anywhere in the file sets the rule's options. `<case>.fixed.md`, when it
 * exists, is the text after all fixes, markers included.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixUntilStable, lint, type Finding, type LintEnvironment, type Locale, type RuleSetting } from '../../server/src/engine/index.js';
import { rules, findRule } from '../../rules/index.js';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

const EXPECT = /<!--\s*expect:\s*([a-z0-9-]+)(?:\s*[×x](\d+))?\s*-->/g;
const FIXTURE_CONFIG = /<!--\s*fixture:\s*(\{[\s\S]*?\})\s*-->/;

export interface FixtureCase {
  ruleId: string;
  name: string;
  file: string;
  text: string;
  fixedFile: string | undefined;
  options: Record<string, unknown>;
  locale: Locale;
  environment: LintEnvironment;
  /** line number → expected count of findings of this rule. */
  expected: Map<number, number>;
}

export function loadFixtures(): FixtureCase[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  const cases: FixtureCase[] = [];
  for (const ruleId of readdirSync(FIXTURES_DIR).sort()) {
    const dir = path.join(FIXTURES_DIR, ruleId);
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.md') && !entry.endsWith('.fixed.md')).sort()) {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      const fixedFile = file.replace(/\.md$/, '.fixed.md');
      const config = FIXTURE_CONFIG.exec(text);
      const parsedConfig = config ? JSON.parse(config[1]) : {};
      cases.push({
        ruleId,
        name: name.replace(/\.md$/, ''),
        file,
        text,
        fixedFile: existsSync(fixedFile) ? fixedFile : undefined,
        options: parsedConfig.options ?? {},
        locale: parsedConfig.locale ?? 'en',
        environment: parsedConfig.environment ?? {},
        expected: expectedFindings(text, ruleId),
      });
    }
  }
  return cases;
}

function expectedFindings(text: string, ruleId: string): Map<number, number> {
  const expected = new Map<number, number>();
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(EXPECT)) {
      if (match[1] !== ruleId) continue;
      expected.set(index + 1, (expected.get(index + 1) ?? 0) + Number(match[2] ?? 1));
    }
  });
  return expected;
}

/** Lints a fixture with only its own rule enabled, so other rules cannot hide or add findings. */
export function lintFixture(fixture: FixtureCase, text = fixture.text): Finding[] {
  const rule = findRule(fixture.ruleId);
  if (!rule) throw new Error(`fixture folder ${fixture.ruleId} names no rule`);
  const settings = new Map<string, RuleSetting>([[rule.id, { severity: rule.severity, options: fixture.options }]]);
  return lint(text, { rules: [rule], settings, locale: fixture.locale, environment: fixture.environment }).findings;
}

export function actualFindings(findings: readonly Finding[]): Map<number, number> {
  const actual = new Map<number, number>();
  for (const finding of findings) actual.set(finding.range.start.line, (actual.get(finding.range.start.line) ?? 0) + 1);
  return actual;
}

export function fixFixture(fixture: FixtureCase, text = fixture.text): string {
  return fixUntilStable(text, (current) => lintFixture(fixture, current)).text;
}

export { rules };
