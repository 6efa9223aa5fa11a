/**
 * Reads the source of one dictionary pattern (RE2 syntax, after
 * `RE2JS.translateRegExp`) far enough to split it into what re2js can run
 * fast and what has to be checked around a match:
 *
 * - its top-level alternatives (`a|b`), each its own branch of the dictionary;
 * - lookbehinds at the start of an alternative (`(?<!tiềm )năng xuất`) and
 *   lookaheads at its end (`サーバ(?!ー)`, `năng xuất(?! khẩu)`): RE2 has no
 *   lookahead, and re2js runs lookbehind on its slowest engine, so both are
 *   cut off and tested on the text before and after each candidate match
 *   (elsewhere in a pattern they are refused with a message saying so);
 * - group names, dropped so that two entries may reuse a name in one
 *   combined expression (prh refers to groups by number only).
 *
 * It is not a validator: what it does not understand is left for re2js to
 * reject with its own message.
 */

export interface PatternBranch {
  /** The alternative without its leading lookbehinds and trailing lookaheads, group names removed. */
  core: string;
  lookbehinds: Lookaround[];
  lookaheads: Lookaround[];
  /** Capturing groups in the leading lookbehinds, numbered before those of `core`. */
  groupsBeforeCore: number;
  /** Capturing groups in `core`. */
  coreGroups: number;
  /** Capturing groups in the whole alternative, lookarounds included. */
  groups: number;
}

export interface Lookaround {
  negative: boolean;
  body: string;
}

export class PatternSyntaxError extends Error {}

type GroupKind = 'capture' | 'plain' | 'lookahead' | 'lookbehind' | 'flags';

interface Group {
  kind: GroupKind;
  negative: boolean;
  /** Index of "(" and of the matching ")". */
  open: number;
  close: number;
  /** Length of the opening syntax ("(", "(?:", "(?P<name>", "(?<!" …). */
  headerLength: number;
  depth: number;
}

/** Splits a pattern into branches; throws PatternSyntaxError for lookaheads that are not trailing. */
export function splitPattern(source: string): PatternBranch[] {
  const { groups, bars } = scan(source);
  const bounds = [-1, ...bars, source.length];
  const branches: PatternBranch[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    branches.push(readBranch(source, bounds[index] + 1, bounds[index + 1], groups));
  }
  return branches;
}

function readBranch(source: string, start: number, end: number, allGroups: Group[]): PatternBranch {
  const groups = allGroups.filter((group) => group.open >= start && group.close < end);
  const topLevel = groups.filter((group) => group.depth === 0);
  // Leading lookbehinds, back to back from the start of the alternative.
  let coreStart = start;
  const leading: Group[] = [];
  for (let next = topLevel.find((group) => group.open === coreStart); next?.kind === 'lookbehind'; next = topLevel.find((group) => group.open === coreStart)) {
    leading.push(next);
    coreStart = next.close + 1;
  }
  // Trailing lookaheads, back to back up to the end of the alternative.
  let coreEnd = end;
  const trailing: Group[] = [];
  for (let last = topLevel.find((group) => group.close === coreEnd - 1); last?.kind === 'lookahead' && last.open >= coreStart; last = topLevel.find((group) => group.close === coreEnd - 1)) {
    trailing.unshift(last);
    coreEnd = last.open;
  }
  const inside = groups.filter((group) => group.open >= coreStart && group.close < coreEnd);
  const misplaced = inside.find((group) => group.kind === 'lookahead' || group.kind === 'lookbehind');
  if (misplaced) {
    const where = misplaced.kind === 'lookahead' ? 'at the end' : 'at the start';
    throw new PatternSyntaxError(
      `"${source.slice(misplaced.open, misplaced.close + 1)}" must come ${where} of the pattern (or of one of its "|" alternatives)`,
    );
  }
  if (topLevel.some((group) => group.kind === 'flags')) {
    throw new PatternSyntaxError('inline flags such as "(?i)" are not supported outside a group; write /…/i or "(?i:…)"');
  }
  const lookaround = (group: Group): Lookaround => ({
    negative: group.negative,
    body: rewrite(source, group.open + group.headerLength, group.close, namedWithin(groups, group.open, group.close)),
  });
  return {
    core: rewrite(source, coreStart, coreEnd, namedWithin(inside, coreStart - 1, coreEnd)),
    lookbehinds: leading.map(lookaround),
    lookaheads: trailing.map(lookaround),
    groupsBeforeCore: groups.filter((group) => group.kind === 'capture' && group.open < coreStart).length,
    coreGroups: inside.filter((group) => group.kind === 'capture').length,
    groups: groups.filter((group) => group.kind === 'capture').length,
  };
}

/** Named capturing groups strictly inside (open, close). */
function namedWithin(groups: Group[], open: number, close: number): Group[] {
  return groups.filter((group) => group.kind === 'capture' && group.headerLength > 1 && group.open > open && group.close < close);
}

/** The slice [start, end) with named-group headers turned into "(". */
function rewrite(source: string, start: number, end: number, named: Group[]): string {
  let out = '';
  let cursor = start;
  for (const group of [...named].sort((a, b) => a.open - b.open)) {
    out += source.slice(cursor, group.open) + '(';
    cursor = group.open + group.headerLength;
  }
  return out + source.slice(cursor, end);
}

/** One pass over the source: every group with its kind and depth, and the top-level "|". */
function scan(source: string): { groups: Group[]; bars: number[] } {
  const groups: Group[] = [];
  const stack: Group[] = [];
  const bars: number[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      index = skipEscape(source, index);
    } else if (char === '[') {
      index = skipClass(source, index);
    } else if (char === '(') {
      const group = openGroup(source, index, stack.length);
      stack.push(group);
      groups.push(group);
      index += group.headerLength;
    } else if (char === ')') {
      const group = stack.pop();
      if (!group) throw new PatternSyntaxError(`unmatched ")" at position ${index}`);
      group.close = index;
      index += 1;
    } else {
      if (char === '|' && stack.length === 0) bars.push(index);
      index += 1;
    }
  }
  if (stack.length > 0) throw new PatternSyntaxError('missing ")"');
  return { groups, bars };
}

function openGroup(source: string, open: number, depth: number): Group {
  const group = (kind: GroupKind, headerLength: number, negative = false): Group => ({ kind, negative, open, close: -1, headerLength, depth });
  const rest = source.slice(open, open + 4);
  if (!rest.startsWith('(?')) return group('capture', 1);
  if (rest.startsWith('(?:')) return group('plain', 3);
  if (rest.startsWith('(?=')) return group('lookahead', 3);
  if (rest.startsWith('(?!')) return group('lookahead', 3, true);
  if (rest.startsWith('(?<=')) return group('lookbehind', 4);
  if (rest.startsWith('(?<!')) return group('lookbehind', 4, true);
  const named = /^\(\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(source.slice(open));
  if (named) return group('capture', named[0].length);
  const flags = /^\(\?[imsU-]*([:)])/.exec(source.slice(open));
  if (flags) return group(flags[1] === ')' ? 'flags' : 'plain', flags[0].length - (flags[1] === ')' ? 1 : 0));
  throw new PatternSyntaxError(`unsupported group syntax "${source.slice(open, open + 4)}"`);
}

function skipEscape(source: string, index: number): number {
  const next = source[index + 1];
  if (next === 'Q') {
    const end = source.indexOf('\\E', index + 2);
    return end === -1 ? source.length : end + 2;
  }
  if (next === 'k' && source[index + 2] === '<') throw new PatternSyntaxError('back-references (\\k<name>) cannot run in linear time');
  if ((next === 'p' || next === 'P' || next === 'x') && source[index + 2] === '{') {
    const end = source.indexOf('}', index + 3);
    return end === -1 ? source.length : end + 1;
  }
  return index + 2;
}

/** Skips a character class, including "[:alpha:]" items and a leading "]". */
function skipClass(source: string, open: number): number {
  let index = open + 1;
  if (source[index] === '^') index += 1;
  if (source[index] === ']') index += 1;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index = skipEscape(source, index);
    else if (char === '[' && source[index + 1] === ':') {
      const end = source.indexOf(':]', index + 2);
      index = end === -1 ? index + 1 : end + 2;
    } else if (char === ']') return index + 1;
    else index += 1;
  }
  throw new PatternSyntaxError('missing "]"');
}
