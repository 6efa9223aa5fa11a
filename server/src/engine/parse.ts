/**
 * Parses a draft once: the mdast tree, the prose mask, the prose blocks and
 * the front matter. Every rule shares what this returns.
 */
import type { Nodes, Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { FrontMatter, ProseBlock } from './types.js';

/**
 * GFM, as remark-gfm parses it, and front matter, but each construct only
 * when the document can hold it. Literal autolinks ("www.…", "https://…",
 * e-mail addresses) make micromark try an e-mail address at the start of
 * every ASCII word, and tables add a check to every line: the two took half
 * the parse of a news archive, where few drafts have a URL, an "@" or a "|"
 * (the parse of the 1,000-draft benchmark archive went from 2.0 s to 1.0 s
 * CPU). The others cost less, but every construct is merged into micromark's
 * tables again for each document. Without its characters a construct can
 * never match, so the tree is the same as with full GFM.
 */
const MAY_HAVE_AUTOLINK = /@|www\.|:\/\//i;
/** What micromark reads as a task box: a space, tab, line ending (CRLF too), x or X between brackets. */
const MAY_HAVE_TASK = /\[(?:[\t\n\r xX]|\r\n)\]/;

/** The GFM constructs in remark-gfm's order, each with the test that says a text may hold it. */
const GFM = [
  { mayOccur: (text: string) => MAY_HAVE_AUTOLINK.test(text), syntax: gfmAutolinkLiteral, fromMarkdown: gfmAutolinkLiteralFromMarkdown },
  { mayOccur: (text: string) => text.includes('[^'), syntax: gfmFootnote, fromMarkdown: gfmFootnoteFromMarkdown },
  { mayOccur: (text: string) => text.includes('~'), syntax: gfmStrikethrough, fromMarkdown: gfmStrikethroughFromMarkdown },
  { mayOccur: (text: string) => text.includes('|'), syntax: gfmTable, fromMarkdown: gfmTableFromMarkdown },
  { mayOccur: (text: string) => MAY_HAVE_TASK.test(text), syntax: gfmTaskListItem, fromMarkdown: gfmTaskListItemFromMarkdown },
];
const parsers = new Map<string, Processor<Root>>();

function markdownParser(text: string): Processor<Root> {
  const constructs = GFM.filter((construct) => construct.mayOccur(text));
  const frontMatter = text.startsWith('---');
  const key = `${constructs.map((construct) => GFM.indexOf(construct)).join()} ${frontMatter}`;
  let parser = parsers.get(key);
  if (!parser) {
    parser = unified()
      .use(remarkParse)
      .use(function gfm(this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...constructs.map((construct) => construct.syntax()));
        (data.fromMarkdownExtensions ??= []).push(...constructs.map((construct) => construct.fromMarkdown()));
      })
      .use(frontMatter ? [[remarkFrontmatter, ['yaml']]] : [])
      .freeze() as unknown as Processor<Root>;
    parsers.set(key, parser);
  }
  return parser;
}

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
  const text = hasBom ? source.slice(1) : source;
  const mdast = markdownParser(text).parse(text) as Root;
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
