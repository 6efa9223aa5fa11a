/** Lint and fix with every registered rule at its defaults, as a fresh install would. */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fixUntilStable, lint, type Finding, type LintEnvironment } from '../../server/src/engine/index.js';
import { rules } from '../../rules/index.js';

export function lintAll(text: string, environment: LintEnvironment = {}): Finding[] {
  const result = lint(text, { rules, environment });
  if (result.failures.length > 0) throw new Error(`rules threw: ${JSON.stringify(result.failures)}`);
  return result.findings;
}

export function fixAll(text: string, environment: LintEnvironment = {}): string {
  return fixUntilStable(text, (current) => lintAll(current, environment)).text;
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Top-level blocks as source slices, for comparing structure outside fixed ranges. */
export function topLevelBlocks(text: string): Array<{ start: number; end: number; shape: string }> {
  const tree = markdown.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as Root;
  const shift = text.startsWith('\uFEFF') ? 1 : 0;
  return tree.children.map((node) => ({
    start: node.position!.start.offset! + shift,
    end: node.position!.end.offset! + shift,
    shape: JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)),
  }));
}
