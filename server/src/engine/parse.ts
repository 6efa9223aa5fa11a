/**
 * Parses a draft once: the mdast tree, the prose mask, the prose blocks and
 * the front matter. Every rule shares what this returns.
 */
import type { Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { FrontMatter, ProseBlock } from './types.js';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export interface ParsedDocument {
  mdast: Root;
  prose: string;
  blocks: ProseBlock[];
  frontMatter: FrontMatter | undefined;
}

const BOM = '\uFEFF';

/** Node types whose whole span is not prose. */
const NON_PROSE = new Set(['yaml', 'code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'math', 'inlineMath']);

export function parseDocument(source: string): ParsedDocument {
  const hasBom = source.startsWith(BOM);
  const mdast = markdownParser.parse(hasBom ? source.slice(1) : source) as Root;
  // micromark drops a leading BOM and counts offsets without it; put it back
  // so every offset indexes `source` itself.
  if (hasBom) shiftOffsets(mdast, 1);

  const mask = new Uint8Array(source.length);
  if (hasBom) mask[0] = 1;
  const blocks: ProseBlock[] = [];
  let frontMatter: FrontMatter | undefined;

  visit(mdast, (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'yaml') frontMatter = readFrontMatter(node.value, start, end);
    if (NON_PROSE.has(node.type)) {
      mask.fill(1, start, end);
      return 'skip';
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      maskOutsideChildren(mask, node, start, end);
      if (node.type === 'link' && isBareUrl(node)) mask.fill(1, start, end);
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push({ type: node.type, depth: node.type === 'heading' ? node.depth : 0, start, end, text: '', node });
    }
    return undefined;
  });

  const prose = applyMask(source, mask);
  for (const block of blocks) block.text = prose.slice(block.start, block.end);
  return { mdast, prose, blocks, frontMatter };
}

function readFrontMatter(value: string, start: number, end: number): FrontMatter {
  try {
    const data = parseYaml(value, { maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: {}, start, end };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: undefined, start, end, error: 'front matter is not a mapping of keys to values' };
    }
    return { data: data as Record<string, unknown>, start, end };
  } catch (error) {
    return { data: undefined, start, end, error: (error as Error).message.split('\n')[0] };
  }
}

/** A GFM autolink literal ("www.example.com") shows its URL as its text. */
function isBareUrl(node: import('mdast').Link): boolean {
  if (node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return node.url === text || node.url.endsWith(text) || node.url === `mailto:${text}`;
}

/** Masks a link's brackets and destination, keeping the visible text. */
function maskOutsideChildren(mask: Uint8Array, node: import('mdast').Parent, start: number, end: number): void {
  let cursor = start;
  for (const child of node.children) {
    const childStart = child.position?.start.offset;
    const childEnd = child.position?.end.offset;
    if (childStart === undefined || childEnd === undefined) continue;
    mask.fill(1, cursor, childStart);
    cursor = childEnd;
  }
  mask.fill(1, cursor, end);
}

function applyMask(source: string, mask: Uint8Array): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < source.length) {
    if (mask[i] === 0) {
      i++;
      continue;
    }
    out += source.slice(runStart, i);
    while (i < source.length && mask[i] === 1) {
      const ch = source[i];
      out += ch === '\n' || ch === '\r' ? ch : ' ';
      i++;
    }
    runStart = i;
  }
  return out + source.slice(runStart);
}

function shiftOffsets(tree: Root, by: number): void {
  visit(tree, (node) => {
    const { position } = node;
    if (!position) return;
    for (const point of [position.start, position.end]) {
      if (point.offset !== undefined) point.offset += by;
      if (point.line === 1) point.column += by;
    }
  });
}
