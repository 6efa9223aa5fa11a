/**
 * What the benchmark measures inside one process: the bare parse floor
 * (remark-parse + remark-retext over whole files) and Copydesk's full lint of
 * the same files with every rule at its defaults.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { ParseLatin } from 'parse-latin';
import { defineRule, lint, type RuleDefinition } from '../../server/src/engine/index.js';
import { WorkspaceIndex } from '../../server/src/facts/workspace-index.js';
import { rules } from '../../rules/index.js';
import { VIETNAMESE_TERMS } from '../../rules/data/terminology-vi.js';

const floorProcessor = unified().use(remarkParse).use(remarkRetext, ParseLatin as never);

/** Reads and parses every file to mdast and nlcst, as a retext pipeline must. */
export function parseFloor(files: readonly string[]): number {
  let nodes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const tree = floorProcessor.runSync(floorProcessor.parse(text), text);
    nodes += (tree as { children: unknown[] }).children.length;
  }
  return nodes;
}

/** Reads and lints every file with all rules. */
export function lintAll(files: readonly string[]): number {
  let findings = 0;
  for (const file of files) findings += lint(readFileSync(file, 'utf8'), { rules, uri: file }).findings.length;
  return findings;
}

export { rules };

/** A rule that only makes the engine parse (the parse is lazy: a lint with no rule parses nothing). */
export const parseOnly = defineRule({
  id: 'parse-only',
  description: { en: 'bench: parse only', vi: 'bench: chỉ phân tích' },
  severity: 'hint',
  fixable: false,
  optionsSchema: { type: 'object' },
  defaultOptions: {},
  messages: {},
  check(context) {
    void context.blocks;
  },
});

/** Lints texts already in memory with the given rules (only `parseOnly`: the engine's own parse and setup). */
export function lintTexts(texts: readonly string[], only: readonly RuleDefinition<any>[]): number {
  let findings = 0;
  for (const text of texts) findings += lint(text, { rules: only }).findings.length;
  return findings;
}

/** Builds the cross-document index of texts in memory with the quick prose mask, as the language server does in the background. */
export function indexTexts(texts: readonly string[]): number {
  const index = new WorkspaceIndex();
  texts.forEach((text, i) => index.update(`file:///draft-${i}.md`, text));
  return index.size;
}

/** One rule of a prh YAML dictionary, as textlint-rule-prh reads it. */
export interface PrhRule {
  expected: string;
  pattern?: string;
  patterns?: string[];
}

/**
 * The terminology rule's shipped entries in a shape textlint-rule-prh runs,
 * so both linters look for the same words. prh compiles "/source/flags" with
 * JavaScript's RegExp (it adds g, m and u itself), which has no inline
 * `(?-i:…)` modifier on Node 20, and its `wordBoundary` option is `\b`, which
 * does not see Vietnamese letters: so case-insensitive entries get the `i`
 * flag, the modifier group becomes a plain group (under `i` a capital class
 * then also matches lower case: prh may flag a little more, never less),
 * and literal patterns become escaped regular expressions.
 */
export function terminologyEntries(): PrhRule[] {
  return VIETNAMESE_TERMS.map((entry) => {
    const flags = entry.options?.ignoreCase ? 'i' : '';
    const toPrh = (pattern: string) => {
      const regex = /^\/([\s\S]+)\/([a-z]*)$/.exec(pattern);
      const source = regex ? regex[1] : pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return `/${source.replace(/\(\?-i:/g, '(?:')}/${flags}`;
    };
    const patterns = [entry.pattern ?? [], entry.patterns ?? []].flat().map(toPrh);
    return patterns.length === 1 ? { expected: entry.expected, pattern: patterns[0] } : { expected: entry.expected, patterns };
  });
}
