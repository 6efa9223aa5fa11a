/**
 * `.copydesk.yml` / `.copydesk.json`: found by walking up from a linted file,
 * `extends` resolved, validated against the shipped JSON Schema and each
 * rule's options schema. Configuration is data only: nothing from it is ever
 * required or evaluated.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument as parseYamlDocument, isMap, isSeq, LineCounter } from 'yaml';
import { validateConfigShape, validateRuleOptions } from './validate.js';
import type { Locale, RuleDefinition, RuleSetting, Severity } from '../engine/types.js';

export const CONFIG_NAMES = ['.copydesk.yml', '.copydesk.yaml', '.copydesk.json'];
const MAX_EXTENDS_DEPTH = 10;

export type RuleEntry = Severity | 'off' | [Severity | 'off'] | [Severity | 'off', Record<string, unknown>];

export interface RawConfig {
  extends?: string | string[];
  locale?: Locale;
  rules?: Record<string, RuleEntry>;
  facts?: string;
  ignore?: string[];
  maxFileSize?: number;
}

export interface ResolvedConfig {
  /** The files read, nearest first (empty for the built-in defaults). */
  files: string[];
  locale?: Locale;
  settings: Map<string, RuleSetting>;
  /** Absolute path of the facts file, if configured. */
  facts?: string;
  ignore: string[];
  maxFileSize?: number;
  /** What rules' file options loaded (see RuleDefinition.fileOptions), by environment key. */
  environment: Record<string, unknown[]>;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly expected: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${expected}`);
    this.name = 'ConfigError';
  }
}

export interface LoadOptions {
  rules: readonly RuleDefinition<any>[];
  /** `extends` and `facts` may not leave this folder unless `allowOutsideRoot`. */
  root?: string;
  allowOutsideRoot?: boolean;
}

/** The nearest config file at or above `fromDir`, or undefined. */
export function findConfigFile(fromDir: string, stopAt?: string): string | undefined {
  return findUpward(CONFIG_NAMES, fromDir, stopAt);
}

/**
 * The first of `names` found in `fromDir` or the folders above it, stopping
 * after `stopAt` (the workspace folder) when given.
 */
export function findUpward(names: readonly string[], fromDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir || (stopAt && path.resolve(stopAt) === dir)) return undefined;
    dir = parent;
  }
}

export function defaultConfig(): ResolvedConfig {
  return { files: [], settings: new Map(), ignore: [], environment: {} };
}

export function loadConfigFile(file: string, options: LoadOptions): ResolvedConfig {
  const resolved = defaultConfig();
  mergeInto(resolved, path.resolve(file), options, 0, new Set());
  loadRuleFiles(resolved, options);
  return resolved;
}

/** Reads the files that rules' file options name (already absolute, see resolveFileOptions). */
function loadRuleFiles(config: ResolvedConfig, options: LoadOptions): void {
  for (const rule of options.rules) {
    const setting = config.settings.get(rule.id);
    if (!setting || setting.severity === 'off') continue;
    for (const fileOption of rule.fileOptions ?? []) {
      const files = (setting.options[fileOption.option] as string[] | undefined) ?? [];
      const loaded = (config.environment[fileOption.environmentKey] ??= []);
      files.forEach((file, index) => {
        const key = `rules.${rule.id}.${fileOption.option}[${index}]`;
        const read = (target: string) => {
          const inside = insideRoot(path.resolve(target), file, key, options);
          try {
            return readRegularFile(inside);
          } catch (error) {
            throw new ConfigError(config.files[0] ?? file, key, `cannot read ${inside} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
          }
        };
        try {
          loaded.push(fileOption.load(file, read));
        } catch (error) {
          if (error instanceof ConfigError) throw error;
          throw new ConfigError(config.files[0] ?? file, key, (error as Error).message);
        }
      });
    }
  }
}

/** Makes a rule's file options absolute, relative to the config file that names them. */
function resolveFileOptions(rule: RuleDefinition<any>, ruleOptions: Record<string, unknown> | undefined, file: string, options: LoadOptions): Record<string, unknown> | undefined {
  if (!ruleOptions || !rule.fileOptions) return ruleOptions;
  const resolved = { ...ruleOptions };
  for (const { option } of rule.fileOptions) {
    const value = resolved[option];
    if (!Array.isArray(value)) continue;
    resolved[option] = value.map((entry, index) =>
      typeof entry === 'string' ? insideRoot(path.resolve(path.dirname(file), entry), file, `rules.${rule.id}.${option}[${index}]`, options) : entry,
    );
  }
  return resolved;
}

/** Reads and merges `file` over `target`, its `extends` first (so the file itself wins). */
function mergeInto(target: ResolvedConfig, file: string, options: LoadOptions, depth: number, seen: Set<string>): void {
  if (seen.has(file)) throw new ConfigError(file, 'extends', 'extends itself in a cycle');
  if (depth > MAX_EXTENDS_DEPTH) throw new ConfigError(file, 'extends', `a chain of at most ${MAX_EXTENDS_DEPTH} files`);
  seen.add(file);
  const raw = readConfig(file);
  const dir = path.dirname(file);
  for (const parent of raw.extends === undefined ? [] : [raw.extends].flat()) {
    mergeInto(target, insideRoot(path.resolve(dir, parent), file, 'extends', options), options, depth + 1, seen);
  }
  target.files.unshift(file);
  if (raw.locale) target.locale = raw.locale;
  if (raw.facts) target.facts = insideRoot(path.resolve(dir, raw.facts), file, 'facts', options);
  if (raw.ignore) target.ignore.push(...raw.ignore);
  if (raw.maxFileSize !== undefined) target.maxFileSize = raw.maxFileSize;
  for (const [id, entry] of Object.entries(raw.rules ?? {})) {
    const rule = options.rules.find((candidate) => candidate.id === id);
    if (!rule) {
      const known = options.rules.map((candidate) => candidate.id).join(', ');
      throw new ConfigError(file, `rules.${id}`, `unknown rule; known rules: ${known}`);
    }
    const [severity, ruleOptions] = Array.isArray(entry) ? entry : [entry, undefined];
    const previous = target.settings.get(id);
    const merged = { ...(previous?.options ?? {}), ...(resolveFileOptions(rule, ruleOptions, file, options) ?? {}) };
    const problem = validateRuleOptions(rule, merged);
    if (problem) throw new ConfigError(file, `rules.${id}${problem.path}`, problem.message);
    target.settings.set(id, { severity, options: merged });
  }
}

function insideRoot(resolved: string, file: string, key: string, options: LoadOptions): string {
  if (!options.root || options.allowOutsideRoot) return resolved;
  // Where the path leads, too: a symbolic link inside the workspace may point anywhere.
  if (!isInside(options.root, resolved) || !isInside(realPath(options.root), realPath(resolved))) {
    throw new ConfigError(file, key, `must stay inside the workspace (${options.root}); "${resolved}" is outside`);
  }
  return resolved;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), target);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The path with every symbolic link resolved; as given when it does not exist (reading it fails later). */
function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Reads a file the configuration names. Only a regular file: a FIFO or a
 * device (a link to /dev/zero) would block the reader or never end.
 */
export function readRegularFile(file: string): string {
  if (!statSync(file).isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'not a regular file' });
  return readFileSync(file, 'utf8');
}

function readConfig(file: string): RawConfig {
  let text: string;
  try {
    text = readRegularFile(file);
  } catch (error) {
    throw new ConfigError(file, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lineCounter = new LineCounter();
  let value: unknown;
  if (file.endsWith('.json')) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(file, '', `is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    const document = parseYamlDocument(text, { lineCounter });
    if (document.errors.length > 0) {
      const first = document.errors[0];
      const line = first.linePos?.[0].line;
      throw new ConfigError(file, '', `is not valid YAML: ${first.message.split('\n')[0]}`, line);
    }
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
    if (!isMap(document.contents) && !isSeq(document.contents) && document.contents !== null) {
      throw new ConfigError(file, '', 'must be a mapping (key: value), such as "rules:"');
    }
  }
  const problem = validateConfigShape(value);
  if (problem) throw new ConfigError(file, problem.path.replace(/^\./, ''), problem.message);
  return value as RawConfig;
}
