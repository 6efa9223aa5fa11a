/**
 * A quick prose mask for indexing other documents: the same idea as
 * `context.prose` (non-prose blanked out, offsets kept) done with a handful of
 * regular expressions instead of a Markdown parse, which costs several times
 * more and would be paid for every file of an archive. It blanks front matter,
 * fenced code, inline code, HTML, images, link destinations and URLs — what a
 * name or a count could be wrongly read from. The document being linted always
 * uses the real parse; this is only the index's view of the others.
 */
import { parse as parseYaml } from 'yaml';
import type { FrontMatter } from '../engine/types.js';

export interface IndexProse {
  prose: string;
  frontMatter: FrontMatter | undefined;
}

const FRONT_MATTER = /^(\uFEFF?)---[^\S\n]*\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/;
const FENCE = /^[^\S\n]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[^\S\n]{0,3}\1[^\S\n]*$|(?![\s\S]))/gm;
const MASKED = [
  /<!--[\s\S]*?-->/g,
  /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g,
  /!\[[^\]\n]*\]\([^)\n]*\)/g,
  /\]\([^)\n]*\)/g,
  /<\/?[A-Za-z][^<>\n]*>/g,
  /<(?:https?:|mailto:)[^<>\s]*>/g,
  /(?:https?:\/\/|www\.)[^\s<>()]+/g,
  /^[^\S\n]{0,3}\[[^\]\n]+\]:[^\n]*$/gm,
];

export function indexProse(source: string): IndexProse {
  const chars = source.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  let frontMatter: FrontMatter | undefined;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    frontMatter = readFrontMatter(front[2], front[1].length, front[0].length);
    blank(0, front[0].length);
  } else if (source.startsWith('\uFEFF')) {
    blank(0, 1);
  }
  for (const pattern of [FENCE, ...MASKED]) {
    for (const match of source.matchAll(pattern)) blank(match.index!, match.index! + match[0].length);
  }
  return { prose: chars.join(''), frontMatter };
}

/** Only the keys the extractors read (`date`, `lang`) matter here; a malformed block gives no data. */
function readFrontMatter(text: string, start: number, end: number): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  const mapping = data !== null && typeof data === 'object' && !Array.isArray(data);
  return { data: mapping ? (data as Record<string, unknown>) : undefined, start, end };
}
