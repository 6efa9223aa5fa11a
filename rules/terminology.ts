/**
 * terminology: a house dictionary of wrong → right forms.
 *
 * The shipped Vietnamese list (rules/data/terminology-vi.ts) holds real-word
 * misspellings a syllable check cannot see ("sổ số" for xổ số, "Thứ tưởng"
 * for Thứ trưởng); newsrooms add their own entries in `.copydesk.yml` and
 * prh YAML dictionaries, which the shell loads (rules never read files) and
 * passes as `environment.prhDictionaries`. All entries of one configuration
 * are compiled once into one linear-time matcher (see lib/term-dictionary.ts);
 * a document costs one quick pass over its prose (V8, on a prefilter read
 * from the patterns), plus a full search of the few blocks that pass it.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { JsonSchema, LintEnvironment } from '../server/src/engine/types.js';
import { VIETNAMESE_TERMS } from './data/terminology-vi.js';
import { IdentityCache } from './lib/identity-cache.js';
import { loadPrhDictionaryFile, type PrhDictionary } from './lib/prh.js';
import { TermDictionary, type TermEntry } from './lib/term-dictionary.js';

export interface TerminologyOptions {
  /** Use the shipped Vietnamese dictionary. */
  builtin?: boolean;
  /** More entries, in prh's rule shape; they win over the shipped ones at the same place. */
  entries?: TermEntry[];
  /** Paths of prh YAML dictionaries; the shell loads them into `environment.prhDictionaries`. */
  dictionaries?: string[];
  /** Entries to switch off, by their `expected` form. */
  ignore?: string[];
}

const stringOrList: JsonSchema = {
  oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
};

/** prh's rule shape, plus the `ignoreCase` option (prh ignores options it does not know). */
export const TERM_ENTRY_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    expected: { type: 'string', description: 'The right form; "$1"… insert groups of a /regex/ pattern.' },
    pattern: { ...stringOrList, description: 'Wrong form(s): literal text, or "/regex/flags".' },
    patterns: { ...stringOrList, description: 'Same as pattern.' },
    regexpMustEmpty: { type: 'string', pattern: '^\\$[0-9]+$', description: 'A match whose group "$n" is not empty is not a finding.' },
    specs: {
      type: 'array',
      description: 'Examples checked when the dictionary is tested: "to" equal to "from" means "must not match".',
      items: {
        type: 'object',
        properties: { from: { type: 'string', minLength: 1 }, to: { type: 'string', minLength: 1 } },
        required: ['from', 'to'],
        additionalProperties: false,
      },
    },
    options: {
      type: 'object',
      properties: {
        wordBoundary: { type: 'boolean', description: 'Match whole words only (Unicode-aware).' },
        ignoreCase: { type: 'boolean', description: 'Match in any case; the replacement follows the case of the text.' },
      },
      additionalProperties: false,
    },
  },
  required: ['expected'],
  additionalProperties: false,
};

/** One compiled dictionary (or the reason it cannot be built) per configuration. */
const compiled = new IdentityCache<{ dictionary: TermDictionary } | { error: Error }>();

export default defineRule<TerminologyOptions>({
  id: 'terminology',
  description: {
    en: 'Words the house dictionary writes another way: real-word misspellings ("sổ số" for "xổ số") and house terms, with prh dictionaries.',
    vi: 'Từ mà từ điển của tòa soạn viết khác: lỗi chính tả ra từ có nghĩa ("sổ số" thay cho "xổ số") và thuật ngữ của tòa soạn, đọc được từ điển prh.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['style', 'vietnamese'],
  optionsSchema: {
    type: 'object',
    properties: {
      builtin: { type: 'boolean', description: 'Use the Vietnamese dictionary shipped with Copydesk.' },
      entries: { type: 'array', items: TERM_ENTRY_SCHEMA, description: 'House entries in prh rule shape.' },
      dictionaries: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'prh YAML files, relative to the config file.' },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Entries to switch off, by their expected form.' },
    },
    additionalProperties: false,
  },
  fileOptions: [{ option: 'dictionaries', environmentKey: 'prhDictionaries', load: loadPrhDictionaryFile }],
  defaultOptions: { builtin: true, entries: [], dictionaries: [], ignore: [] },
  messages: {
    replace: {
      en: 'Write “{expected}”, not “{actual}” (house dictionary)',
      vi: 'Viết “{expected}”, không viết “{actual}” (từ điển của tòa soạn)',
    },
  },
  check(context, options, reporter) {
    const dictionary = dictionaryFor(options, prhDictionaries(context.environment));
    if (!dictionary.mayContain(context.prose)) return;
    for (const block of context.blocks) {
      for (const hit of dictionary.scan(block.text)) {
        const start = block.start + hit.start;
        const end = block.start + hit.end;
        // A match running over masked code or a URL is not a phrase of the text.
        if (context.source.slice(start, end) !== hit.text) continue;
        reporter.report({
          messageId: 'replace',
          data: { expected: hit.replacement, actual: hit.text },
          start,
          end,
          fix: { title: context.locale === 'vi' ? `Viết “${hit.replacement}”` : `Write “${hit.replacement}”`, edits: [{ start, end, text: hit.replacement }] },
        });
      }
    }
  },
});

/** The dictionaries the shell loaded for `dictionaries:`; anything else in that slot is ignored. */
function prhDictionaries(environment: LintEnvironment): PrhDictionary[] {
  const value = environment.prhDictionaries;
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is PrhDictionary => typeof item === 'object' && item !== null && Array.isArray((item as PrhDictionary).rules));
}

function dictionaryFor(options: TerminologyOptions, loaded: PrhDictionary[]): TermDictionary {
  const builtin = options.builtin ?? true;
  const entries = options.entries ?? [];
  const ignore = options.ignore ?? [];
  const result = compiled.get([builtin, entries, ignore, ...loaded], () => {
    const ignored = new Set(ignore);
    const sources: Array<{ name: string; entries: readonly TermEntry[] }> = [
      { name: 'terminology.entries', entries },
      ...loaded.map((dictionary, index) => ({ name: `prh dictionary ${index + 1}, rules`, entries: dictionary.rules })),
      ...(builtin ? [{ name: 'shipped dictionary', entries: VIETNAMESE_TERMS }] : []),
    ];
    const all: TermEntry[] = [];
    const labels: string[] = [];
    for (const source of sources) {
      source.entries.forEach((entry, index) => {
        if (ignored.has(entry.expected)) return;
        all.push(entry);
        labels.push(`${source.name}[${index}]`);
      });
    }
    try {
      return { dictionary: new TermDictionary(all, (index) => labels[index]) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
  if ('error' in result) throw result.error;
  return result.dictionary;
}
