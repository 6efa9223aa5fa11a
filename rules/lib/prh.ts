/**
 * Reads a prh dictionary (the YAML format of prh and textlint-rule-prh):
 *
 *   version: 1
 *   imports: [other.yml]
 *   rules:
 *     - expected: xử lý
 *       pattern: sử lý            # or patterns: [...]; "/regex/flags" for a regular expression
 *       regexpMustEmpty: $1       # optional
 *       options: { wordBoundary: true }
 *       specs:
 *         - { from: cần sử lý ngay, to: cần xử lý ngay }
 *
 * Pure: takes the file's text, never the file system. The shell reads the
 * files named by `dictionaries:` (and their `imports`) and hands the results
 * to the `terminology` rule as `environment.prhDictionaries`. Loading fails,
 * as in prh, when a rule is malformed, when its pattern cannot run on the
 * linear-time engine, or when one of its specs fails.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeSpecFailure, failedSpecs, TermDictionary, TermEntryError, type TermEntry, type TermSpec } from './term-dictionary.js';

export interface PrhImport {
  /** As written in the file: relative to the file that imports it. */
  path: string;
  disableImports: boolean;
  /** Rules of the imported file to leave out, by `expected` or by pattern as written. */
  ignoreRules: Array<{ expected?: string; pattern?: string }>;
}

export interface PrhDictionary {
  version: number;
  imports: PrhImport[];
  rules: TermEntry[];
}

export class PrhDictionaryError extends Error {
  constructor(
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
    this.name = 'PrhDictionaryError';
  }
}

/** Parses, checks and spec-tests a prh YAML dictionary. `source` names it in messages. */
export function loadPrhDictionary(text: string, source = 'prh dictionary'): PrhDictionary {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new PrhDictionaryError(source, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) data = {};
  if (!isRecord(data)) throw new PrhDictionaryError(source, 'must be a mapping with "version" and "rules"');
  const at = (key: string) => `${source}: ${key}`;
  const version = data.version ?? 1;
  if (typeof version !== 'number') throw new PrhDictionaryError(at('version'), 'must be a number');
  const rawRules = data.rules ?? [];
  if (!Array.isArray(rawRules)) throw new PrhDictionaryError(at('rules'), 'must be a list');
  const rules = rawRules.map((raw, index) => readRule(raw, at(`rules[${index}]`)));
  const label = (index: number) => at(`rules[${index}]`);
  try {
    new TermDictionary(rules, label);
  } catch (error) {
    if (error instanceof TermEntryError) throw new PrhDictionaryError(error.label, `(expected "${error.entry.expected}") ${error.detail}`);
    throw error;
  }
  const [failure] = failedSpecs(rules);
  if (failure) throw new PrhDictionaryError(label(failure.index), describeSpecFailure(failure));
  return { version, imports: readImports(data.imports, at('imports')), rules };
}

/** prh accepts a bare string as a rule: the expected form, matched in any case and width. */
function readRule(raw: unknown, where: string): TermEntry {
  if (typeof raw === 'string' && raw !== '') return { expected: raw };
  if (!isRecord(raw)) throw new PrhDictionaryError(where, 'must be a mapping with "expected" (or a string)');
  if (typeof raw.expected !== 'string') throw new PrhDictionaryError(`${where}.expected`, 'is required and must be a string');
  const entry: TermEntry = { expected: raw.expected };
  for (const key of ['pattern', 'patterns'] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || list.some((item) => typeof item !== 'string' || item === '')) {
      throw new PrhDictionaryError(`${where}.${key}`, 'must be a non-empty string or a list of them');
    }
    entry[key] = value as string | string[];
  }
  if (raw.regexpMustEmpty !== undefined) {
    if (typeof raw.regexpMustEmpty !== 'string') throw new PrhDictionaryError(`${where}.regexpMustEmpty`, 'must be a string such as "$1"');
    entry.regexpMustEmpty = raw.regexpMustEmpty;
  }
  if (raw.options !== undefined && raw.options !== null) {
    if (!isRecord(raw.options)) throw new PrhDictionaryError(`${where}.options`, 'must be a mapping');
    const options: TermEntry['options'] = {};
    for (const key of ['wordBoundary', 'ignoreCase'] as const) {
      const value = raw.options[key];
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw new PrhDictionaryError(`${where}.options.${key}`, 'must be true or false');
      options[key] = value;
    }
    entry.options = options;
  }
  if (raw.specs !== undefined && raw.specs !== null) {
    if (!Array.isArray(raw.specs)) throw new PrhDictionaryError(`${where}.specs`, 'must be a list of {from, to}');
    entry.specs = raw.specs.map((spec, index) => readSpec(spec, `${where}.specs[${index}]`));
  }
  return entry;
}

function readSpec(raw: unknown, where: string): TermSpec {
  if (!isRecord(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string' || raw.from === '' || raw.to === '') {
    throw new PrhDictionaryError(where, 'must have non-empty "from" and "to" strings');
  }
  return { from: raw.from, to: raw.to };
}

function readImports(raw: unknown, where: string): PrhImport[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((item, index) => {
    const at = `${where}[${index}]`;
    if (typeof item === 'string') return { path: item, disableImports: false, ignoreRules: [] };
    if (!isRecord(item) || typeof item.path !== 'string') throw new PrhDictionaryError(at, 'must be a path or {path, disableImports, ignoreRules}');
    const ignoreRules = (Array.isArray(item.ignoreRules) ? item.ignoreRules : []).map((rule: unknown) => {
      if (typeof rule === 'string') return { pattern: rule };
      if (isRecord(rule)) {
        return {
          ...(typeof rule.expected === 'string' ? { expected: rule.expected } : {}),
          ...(typeof rule.pattern === 'string' ? { pattern: rule.pattern } : {}),
        };
      }
      throw new PrhDictionaryError(`${at}.ignoreRules`, 'must list patterns or {expected, pattern}');
    });
    return { path: item.path, disableImports: item.disableImports === true, ignoreRules };
  });
}

/** The rules of an imported dictionary minus those its importer asked to leave out. */
export function withoutIgnoredRules(dictionary: PrhDictionary, ignoreRules: PrhImport['ignoreRules']): PrhDictionary {
  if (ignoreRules.length === 0) return dictionary;
  const ignored = (entry: TermEntry) =>
    ignoreRules.some(
      (rule) =>
        (rule.expected !== undefined && rule.expected === entry.expected) ||
        (rule.pattern !== undefined && [entry.pattern ?? entry.patterns ?? []].flat().includes(rule.pattern)),
    );
  return { ...dictionary, rules: dictionary.rules.filter((entry) => !ignored(entry)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Loads a prh dictionary file and, recursively, the files it `imports`
 * (paths relative to the importing file), applying each import's
 * `ignoreRules` and `disableImports`, as prh does. `read` is the shell's
 * file reader; an import cycle is an error rather than a hang.
 */
export function loadPrhDictionaryFile(file: string, read: (file: string) => string, importing: readonly string[] = []): PrhDictionary {
  if (importing.includes(file)) throw new PrhDictionaryError(file, `imports itself (${[...importing, file].join(' → ')})`);
  const dictionary = loadPrhDictionary(read(file), file);
  const rules = [...dictionary.rules];
  for (const spec of dictionary.imports) {
    const imported = path.resolve(path.dirname(file), spec.path);
    const loaded = spec.disableImports
      ? { ...loadPrhDictionary(read(imported), imported), imports: [] }
      : loadPrhDictionaryFile(imported, read, [...importing, file]);
    rules.push(...withoutIgnoredRules(loaded, spec.ignoreRules).rules);
  }
  return { ...dictionary, imports: [], rules };
}
