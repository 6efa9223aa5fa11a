/** copydesk.facts.yml: found like the config, validated against the shipped schema, errors that name file, key and line. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../server/src/config/config.js';
import { FACTS_FILE_NAMES, findFactsFile, loadFactsFile, parseFactsFile } from '../server/src/facts/facts-file.js';

const root = mkdtempSync(path.join(tmpdir(), 'copydesk-facts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function problem(text: string): ConfigError {
  try {
    parseFactsFile(text, 'copydesk.facts.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('facts file', () => {
  it('is found by walking up from the draft, and not above stopAt', () => {
    const file = write('desk/copydesk.facts.yml', 'people: []\n');
    mkdirSync(path.join(root, 'desk/politics/2024'), { recursive: true });
    expect(findFactsFile(path.join(root, 'desk/politics/2024'))).toBe(file);
    expect(findFactsFile(path.join(root, 'desk/politics/2024'), path.join(root, 'desk/politics'))).toBeUndefined();
    expect(FACTS_FILE_NAMES).toEqual(['copydesk.facts.yml', 'copydesk.facts.yaml']);
  });

  it('loads people with title or titles, normalised to NFC, with their lines', () => {
    const file = write(
      'load/copydesk.facts.yml',
      'people:\n  - name: Lê Minh Ngân\n    title: Thứ trưởng Bộ Tài nguyên và Môi trường\n  - name: "Đinh  Tiến Dũng"\n    titles: [Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội]\n',
    );
    expect(loadFactsFile(file)).toEqual({
      file,
      people: [
        { name: 'Lê Minh Ngân', titles: ['Thứ trưởng Bộ Tài nguyên và Môi trường'], line: 2 },
        { name: 'Đinh Tiến Dũng', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội'], line: 4 },
      ],
    });
    expect(parseFactsFile('', 'empty.yml')).toEqual({ file: 'empty.yml', people: [] });
  });

  it('names file, key, line and what is expected when the file is wrong', () => {
    expect(problem('people:\n  - name: A B\n    title: Bí thư\n    titles: [Bí thư]\n').message).toBe(
      'copydesk.facts.yml:2: people.0: needs either "title: <title>" or "titles: [<title>, …]", not both',
    );
    expect(problem('people:\n  - name: A B\n').message).toMatch(/people\.0: needs either "title/);
    expect(problem('people:\n  - title: Bí thư\n').message).toMatch(/:2: people\.0: needs "name:"/);
    expect(problem('people:\n  - name: A B\n    title: 3\n').message).toMatch(/:3: people\.0\.title: must be a string/);
    expect(problem('people:\n  - name: A B\n    title: X\n    role: Y\n').message).toMatch(/people\.0: unknown key "role"/);
    expect(problem('organisations: []\n').message).toMatch(/unknown key "organisations"; the file knows "people:"/);
    expect(problem('people:\n  - name: A B\n    title: X\n  - name: a  b\n    title: Y\n').message).toMatch(/:4: people\.1\.name: "a b" is already listed at line 2/);
    expect(problem('people: [\n').message).toMatch(/is not valid YAML/);
    expect(problem('- a\n').message).toMatch(/must be a mapping/);
  });

  it('reports a missing file as a ConfigError', () => {
    expect(() => loadFactsFile(path.join(root, 'nowhere/copydesk.facts.yml'))).toThrow(ConfigError);
  });

  it('ships a schema that editors and ajv can use', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/copydesk.facts.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ people: [{ name: 'Lê Minh Ngân', title: 'Thứ trưởng' }] })).toBe(true);
    expect(validate({ people: [{ name: 'Lê Minh Ngân' }] })).toBe(false);
    expect(validate({ people: [{ name: 'Lê Minh Ngân', title: 'A', titles: ['B'] }] })).toBe(false);
  });
});
