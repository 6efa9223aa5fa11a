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

/**
 * A JavaScript regular expression (to run with the `iu` flags) that finds a
 * match somewhere in every text where the RE2 `core` has one, or undefined
 * when none can be read from it. It is the stretch of the core with the most
 * characters that is made only of single characters and simple classes, where
 * a class of blanks may repeat between two atoms that hold no blank
 * (`thứ[\s\x{00a0}]+tưởng`). Any match of the core holds a match of that
 * stretch; JavaScript's `\s` holds RE2's, and `i` only adds matches, so a
 * text this does not match cannot match the core.
 *
 * It is a first test run by V8, several times faster than the re2js pass it
 * spares on most documents. It stays linear on any pattern: the only
 * repetition is of blanks between characters that cannot be blanks, so each
 * run of blanks is read by one attempt at most.
 */
export function prefilterSource(core: string): string | undefined {
  const atoms = readAtoms(core);
  if (atoms === undefined) return undefined;
  let best: Atom[] = [];
  let window: Atom[] = [];
  const close = () => {
    const stretch = unrepeatEdges(window);
    if (letterCount(stretch) > letterCount(best)) best = stretch;
    window = [];
  };
  atoms.forEach((atom, index) => {
    if (atom === undefined) return close();
    // A repeated blank needs a character that cannot be a blank on both sides.
    if (atom.repeated && !(solid(atoms[index - 1]) && solid(atoms[index + 1]))) {
      window.push({ ...atom, repeated: false });
      close();
      window.push({ ...atom, repeated: false });
      return;
    }
    window.push(atom);
  });
  close();
  return letterCount(best) > 0 ? best.map((atom) => atom.source + (atom.repeated ? '+' : '')).join('') : undefined;
}

interface Atom {
  /** JavaScript source of one character or class, for the `u` flag. */
  source: string;
  kind: 'blank' | 'solid' | 'mixed';
  /** Repeated once or more (blank classes only). */
  repeated: boolean;
}

function solid(atom: Atom | undefined): boolean {
  return atom !== undefined && atom.kind === 'solid' && !atom.repeated;
}

function letterCount(atoms: readonly Atom[]): number {
  return atoms.filter((atom) => atom.kind === 'solid').length;
}

/** A repetition at either end of a stretch adds nothing to what it finds and could be read from every blank of a long run. */
function unrepeatEdges(atoms: readonly Atom[]): Atom[] {
  return atoms.map((atom, index) => (atom.repeated && (index === 0 || index === atoms.length - 1) ? { ...atom, repeated: false } : atom));
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/;
/** What JavaScript's `\s` matches with the `u` flag (a superset of RE2's `\s`). */
const BLANKS: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];

/**
 * The core's top-level atoms in order, undefined where one cannot be used
 * (a group, an assertion, an optional atom, an escape other than a blank or
 * a character); undefined for the whole core when it is not one alternative.
 */
function readAtoms(core: string): Array<Atom | undefined> | undefined {
  const atoms: Array<Atom | undefined> = [];
  let index = 0;
  while (index < core.length) {
    const char = core[index];
    let next: number;
    let atom: Atom | undefined;
    if (char === '|' || char === ')') return undefined;
    if (char === '\\') {
      next = escapeEnd(core, index);
      atom = escapeAtom(core.slice(index, next));
    } else if (char === '[') {
      next = skipClass(core, index);
      atom = classAtom(core.slice(index + 1, next - 1));
    } else if (char === '(') {
      next = skipGroup(core, index);
    } else if ('.^$*+?'.includes(char)) {
      next = index + 1;
    } else {
      const code = core.codePointAt(index)!;
      next = index + (code > 0xffff ? 2 : 1);
      atom = charAtom(code);
    }
    const quantifier = QUANTIFIER.exec(core.slice(next, next + 24));
    if (quantifier) {
      next += quantifier[0].length;
      const atLeastOnce = quantifier[0][0] === '+' || (quantifier[1] !== undefined && Number(quantifier[1]) >= 1);
      atom = atom && atLeastOnce && atom.kind === 'blank' ? { ...atom, repeated: true } : undefined;
    }
    atoms.push(atom);
    index = next;
  }
  return atoms;
}

/** End of the escape at `index`, with the forms `skipEscape` need not tell apart: `\x41`, `\pL`, octal `\101`. */
function escapeEnd(source: string, index: number): number {
  const short = /^\\(?:x[0-9A-Fa-f]{2}|[pP][A-Za-z]|[0-9]+)/.exec(source.slice(index, index + 24));
  return short && source[index + 2] !== '{' ? index + short[0].length : skipEscape(source, index);
}

function skipGroup(source: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index = skipEscape(source, index);
    else if (char === '[') index = skipClass(source, index);
    else {
      if (char === '(') depth += 1;
      if (char === ')' && --depth === 0) return index + 1;
      index += 1;
    }
  }
  return source.length;
}

function isBlank(code: number): boolean {
  return BLANKS.some(([low, high]) => code >= low && code <= high);
}

function charAtom(code: number): Atom {
  return { source: `\\u{${code.toString(16)}}`, kind: isBlank(code) ? 'blank' : 'solid', repeated: false };
}

/** `\s`, a character written as an escape (`\x{00a0}`, `\xA0`, `\.`); undefined for any other escape. */
function escapeAtom(escape: string): Atom | undefined {
  if (escape === '\\s') return { source: '\\s', kind: 'blank', repeated: false };
  const code = escapedCode(escape);
  return code === undefined ? undefined : charAtom(code);
}

function escapedCode(escape: string): number | undefined {
  const hex = /^\\x(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))$/.exec(escape);
  if (hex) return parseInt(hex[1] ?? hex[2], 16);
  if (/^\\[!-/:-@[-`{-~]$/.test(escape)) return escape.charCodeAt(1);
  return undefined;
}

/** A class of characters, ranges and `\s`; undefined for a negated class or anything else in it. */
function classAtom(body: string): Atom | undefined {
  if (body === '' || body.startsWith('^') || body.includes('[:')) return undefined;
  const items: string[] = [];
  let blanks = 0;
  let solids = 0;
  let index = 0;
  const readChar = (): number | undefined => {
    if (body[index] === '\\') {
      const end = skipEscape(body, index);
      const code = escapedCode(body.slice(index, end));
      index = end;
      return code;
    }
    const code = body.codePointAt(index)!;
    index += code > 0xffff ? 2 : 1;
    return code;
  };
  while (index < body.length) {
    if (body.startsWith('\\s', index)) {
      items.push('\\s');
      blanks += 1;
      index += 2;
      continue;
    }
    const low = readChar();
    if (low === undefined) return undefined;
    let high = low;
    if (body[index] === '-' && index + 1 < body.length) {
      index += 1;
      const end = readChar();
      if (end === undefined || end < low) return undefined;
      high = end;
    }
    items.push(high === low ? `\\u{${low.toString(16)}}` : `\\u{${low.toString(16)}}-\\u{${high.toString(16)}}`);
    const holdsBlank = BLANKS.some(([from, to]) => from <= high && low <= to);
    if (holdsBlank) blanks += 1;
    if (!holdsBlank || high > low) solids += 1;
  }
  const kind = solids === 0 ? 'blank' : blanks === 0 ? 'solid' : 'mixed';
  return { source: `[${items.join('')}]`, kind, repeated: false };
}
