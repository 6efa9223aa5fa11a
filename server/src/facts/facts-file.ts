/**
 * `copydesk.facts.yml`: what the desk already knows (people and their titles
 * for now; organisations and numbers later). Found by walking up from a linted
 * file like `.copydesk.yml`, or named by `facts:` in it. Validated against the
 * shipped JSON Schema; every problem is a ConfigError naming file, key and line.
 */
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isSeq, LineCounter, parseDocument as parseYamlDocument, type Document } from 'yaml';
import factsSchema from '../../../schema/copydesk.facts.schema.json' with { type: 'json' };
import { ConfigError, findUpward, readRegularFile } from '../config/config.js';

export const FACTS_FILE_NAMES = ['copydesk.facts.yml', 'copydesk.facts.yaml'];

export interface FactsPerson {
  name: string;
  /** `title:` or `titles:` of the file, as written. */
  titles: string[];
  /** 1-based line of the entry in the file, for messages that quote it. */
  line?: number;
}

export interface FactsFile {
  /** Absolute path of the file read. */
  file: string;
  people: FactsPerson[];
}

interface RawFacts {
  people?: Array<{ name: string; title?: string; titles?: string[] }>;
}

/** The nearest facts file at or above `fromDir`, or undefined (same walk as findConfigFile). */
export function findFactsFile(fromDir: string, stopAt?: string): string | undefined {
  return findUpward(FACTS_FILE_NAMES, fromDir, stopAt);
}

export function loadFactsFile(file: string): FactsFile {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readRegularFile(absolute);
  } catch (error) {
    throw new ConfigError(absolute, '', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseFactsFile(text, absolute);
}

/** Parses and validates the text of a facts file; `file` is used in messages and kept in the result. */
export function parseFactsFile(text: string, file: string): FactsFile {
  const lineCounter = new LineCounter();
  const document = parseYamlDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new ConfigError(file, '', `is not valid YAML: ${first.message.split('\n')[0]}`, first.linePos?.[0].line);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new ConfigError(file, '', 'must be a mapping with a "people:" list');
  }
  const value = (document.toJS({ maxAliasCount: 100 }) ?? {}) as unknown;
  const lineOf = (instancePath: string) => lineOfPath(document, lineCounter, instancePath);

  const validate = validator();
  if (!validate(value)) {
    const error = mostSpecificError(validate.errors ?? []);
    throw new ConfigError(file, dotted(error.instancePath), describe(error), lineOf(error.instancePath));
  }

  const people: FactsPerson[] = [];
  const seen = new Map<string, number>();
  ((value as RawFacts).people ?? []).forEach((entry, index) => {
    const name = entry.name.normalize('NFC').trim().replace(/\s+/g, ' ');
    const line = lineOf(`/people/${index}`);
    const key = name.toLocaleLowerCase('vi');
    if (seen.has(key)) {
      throw new ConfigError(file, `people.${index}.name`, `"${name}" is already listed at line ${seen.get(key)}; give one entry with titles: [ … ]`, line);
    }
    seen.set(key, line ?? 0);
    const titles = (entry.titles ?? [entry.title!]).map((title) => title.normalize('NFC').trim().replace(/\s+/g, ' '));
    people.push({ name, titles, line });
  });
  return { file, people };
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(factsSchema);
  return compiled;
}

/**
 * With allErrors, ajv also reports each failed branch of the title/titles
 * choice; an error about a key itself (wrong type, unknown key) says more.
 */
function mostSpecificError(errors: ErrorObject[]): ErrorObject {
  const aboutTitleChoice = (error: ErrorObject) =>
    error.keyword === 'oneOf' ||
    error.keyword === 'not' ||
    (error.keyword === 'required' && ['title', 'titles'].includes(String((error.params as { missingProperty?: string }).missingProperty)));
  const direct = errors.filter((error) => !aboutTitleChoice(error));
  if (direct.length > 0) return direct.sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  return errors.find((error) => error.keyword === 'oneOf') ?? errors[0];
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'oneOf':
    case 'not':
      return 'needs either "title: <title>" or "titles: [<title>, …]", not both';
    case 'additionalProperties':
      return error.instancePath === ''
        ? `unknown key "${String(params.additionalProperty)}"; the file knows "people:"`
        : `unknown key "${String(params.additionalProperty)}"; a person has "name:" and "title:" or "titles:"`;
    case 'required':
      return `needs "${String(params.missingProperty)}:"`;
    case 'type':
      return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${String(params.type)}`;
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return 'must list at least one title';
    default:
      return error.message ?? 'is not valid';
  }
}

function dotted(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.');
}

function lineOfPath(document: Document, lineCounter: LineCounter, instancePath: string): number | undefined {
  const keys = instancePath.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = keys.length === 0 ? document.contents : document.getIn(keys.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
    if (depth === 0) break;
  }
  return undefined;
}
