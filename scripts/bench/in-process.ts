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
import { lint } from '../../server/src/engine/index.js';
import { rules } from '../../rules/index.js';

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
