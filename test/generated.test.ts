/** What is generated from the rules (config schema, README rule table) is up to date: run `npm run generate`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeWithTable, README_FILE, schemaText, SCHEMA_FILE } from '../scripts/generate.js';
import { rules } from '../rules/index.js';

describe('generated files', () => {
  it('schema/copydesk.schema.json matches the rules', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('the README rule table matches the rules', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toBe(readmeWithTable(readme));
    for (const rule of rules) expect(readme).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`);
  });

  it('every rule doc page has the standard sections', () => {
    for (const rule of rules) {
      const page = readFileSync(`rules/${rule.id}.md`, 'utf8');
      expect(page.startsWith(`# ${rule.id}`), rule.id).toBe(true);
      for (const section of ['## Incorrect', '## Correct', '## Options', '## Fix']) expect(page, `${rule.id} lacks ${section}`).toContain(section);
    }
  });
});
