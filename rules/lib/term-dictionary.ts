/**
 * A dictionary of wrong → right forms, in prh's rule shape (`expected`,
 * `pattern`/`patterns`, `regexpMustEmpty`, `specs`, `options.wordBoundary`),
 * compiled once into one matcher for the whole dictionary.
 *
 * Patterns may come from folders we do not control (a `.copydesk.yml` or a
 * prh YAML file in a cloned repository), so they run on re2js, whose
 * matching time is linear in the text: no pattern can hang the editor.
 * re2js answers "is there a match?" fast (a DFA over the text) but is far
 * slower at saying where, so a document is read in three steps:
 *
 * 1. one test of the whole dictionary (every entry as one alternation) over
 *    the text; most documents stop here;
 * 2. halving: each half (overlapping by OVERLAP characters) is tested again
 *    until the regions that hold a match are small;
 * 3. in those regions only, the entries present are located one by one and
 *    each candidate is checked against its lookbehinds (text before it), its
 *    word boundaries, its lookaheads (text after it) and regexpMustEmpty.
 *
 * Findings never overlap: at one place the longer-standing entry (earlier in
 * the list) wins, and the text after a finding is read afresh, as prh does.
 * Limits, for the record: lookarounds see LOOK_WINDOW characters, and a match
 * longer than 2 × OVERLAP characters may be missed.
 */
import { RE2JS, RE2Set, type Matcher } from 're2js';
import { PatternSyntaxError, prefilterSource, splitPattern, type Lookaround } from './term-pattern.js';

export interface TermSpec {
  from: string;
  /** The text after the entry is applied; equal to `from` for a "must not match" example. */
  to: string;
}

export interface TermEntryOptions {
  /** Match only whole words: not preceded or followed by a letter, mark or digit (Unicode-aware). */
  wordBoundary?: boolean;
  /**
   * Copydesk extension (prh ignores unknown options): match regardless of case
   * and give the replacement the case of the text it replaces
   * ("Sử lý" → "Xử lý", "SỬ LÝ" → "XỬ LÝ").
   */
  ignoreCase?: boolean;
}

export interface TermEntry {
  expected: string;
  pattern?: string | string[] | null;
  patterns?: string | string[] | null;
  /** "$n": a match whose group n is not empty is not a finding (prh's stand-in for lookbehind). */
  regexpMustEmpty?: string;
  specs?: TermSpec[];
  options?: TermEntryOptions;
}

export interface TermMatch {
  start: number;
  end: number;
  text: string;
  replacement: string;
  entry: TermEntry;
}

export class TermEntryError extends Error {
  constructor(
    readonly label: string,
    readonly entry: TermEntry,
    readonly detail: string,
  ) {
    super(`${label} (expected "${entry.expected}"): ${detail}`);
    this.name = 'TermEntryError';
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const REGEX_STRING = /^\/([\s\S]+)\/([a-z]*)$/;
const JS_FLAGS = new Set('dgimsuyv');
const HALF_WIDTH = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const FULL_WIDTH = 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９';

/** How far before and after a match lookarounds (and ^, $, \b) may look. */
const LOOK_WINDOW = 128;
/** Halves overlap by this much, so any match up to twice as long lies whole in one of them. */
const OVERLAP = 128;
/** Regions this small are searched directly. */
const LEAF = 512;

interface Branch {
  entry: TermEntry;
  /** Position in the dictionary: at one place the lower one wins. */
  order: number;
  wordBoundary: boolean;
  ignoreCase: boolean;
  /** "(?flags:core)": what the whole-dictionary test and the set use. */
  test: string;
  /** A JavaScript source that matches wherever the core can (see `prefilterSource`), if one can be read from it. */
  prefilter: string | undefined;
  /** The core with one group around it (group 1), to locate matches and read groups. */
  locate: RE2JS;
  lookbehinds: CompiledLookaround[];
  lookaheads: CompiledLookaround[];
  /** Entry-level number of the core's first group, minus one. */
  groupOffset: number;
  coreGroups: number;
  /** Groups in the whole entry (all patterns), as prh counts them for "$n". */
  entryGroups: number;
  mustEmpty: number | undefined;
}

interface CompiledLookaround {
  negative: boolean;
  matcher: RE2JS;
}

/** Reads a group of the matched branch by the entry's own numbering. */
type GroupReader = (entryGroup: number) => string | undefined;

interface Candidate extends TermMatch {
  order: number;
}

export class TermDictionary {
  private readonly branches: Branch[] = [];
  private readonly whole: RE2JS | undefined;
  /** V8's first test: false means no entry matches; undefined when an entry gave no prefilter. */
  private readonly prefilter: RegExp | undefined;
  private readonly present: RE2Set | undefined;

  /**
   * Compiles `entries`; throws TermEntryError naming the first entry whose
   * pattern cannot run on re2js. `label(i)` names entry i in that message.
   */
  constructor(
    readonly entries: readonly TermEntry[],
    label: (index: number) => string = (index) => `entry ${index + 1}`,
  ) {
    entries.forEach((entry, index) => {
      for (const branch of compileEntry(entry, label(index))) this.branches.push({ ...branch, order: this.branches.length });
    });
    if (this.branches.length === 0) return;
    this.whole = RE2JS.compile(this.branches.map((branch) => branch.test).join('|'));
    this.prefilter = combinedPrefilter(this.branches);
    this.present = new RE2Set(RE2Set.UNANCHORED, 0);
    for (const branch of this.branches) this.present.add(branch.test);
    this.present.compile();
  }

  /** False when no entry can match anywhere in `text` (one fast pass). */
  mayMatch(text: string): boolean {
    if (this.whole === undefined || (this.prefilter !== undefined && !this.prefilter.test(text))) return false;
    return this.whole.test(text);
  }

  /**
   * False when no entry can match in `text`; true when one may. The V8 test
   * alone when there is one: where it says yes, re2js nearly always agrees,
   * and `scan` asks re2js block by block anyway.
   */
  mayContain(text: string): boolean {
    return this.prefilter !== undefined ? this.prefilter.test(text) : this.mayMatch(text);
  }

  /** Every finding in `text`, in order, none overlapping. */
  scan(text: string): TermMatch[] {
    // The V8 test alone: where re2js would say no after all, the search below finds nothing.
    if (!this.mayContain(text)) return [];
    const candidates: Candidate[] = [];
    const resumeAt = new Map<Branch, number>();
    for (const [start, end] of this.regions(text)) {
      const from = Math.max(0, start - LOOK_WINDOW);
      const slice = text.slice(from, Math.min(text.length, end + LOOK_WINDOW));
      for (const index of this.present!.match(text.slice(start, end))) {
        const branch = this.branches[index];
        const matcher = branch.locate.matcher(slice);
        let position = Math.max(start, resumeAt.get(branch) ?? 0) - from;
        while (position <= slice.length && matcher.find(position)) {
          const hitStart = from + matcher.start();
          if (hitStart >= end) break;
          const hitEnd = from + matcher.end();
          const verdict = judge(branch, text, hitStart, hitEnd, readGroups(matcher, branch));
          if (verdict.finding) candidates.push({ ...verdict.finding, order: branch.order });
          // prh reads on after a match it keeps or drops; a failed lookaround only moves on one letter.
          const next = verdict.matched && hitEnd > hitStart ? hitEnd : nextCodePoint(text, hitStart);
          resumeAt.set(branch, next);
          position = next - from;
        }
      }
    }
    candidates.sort((a, b) => a.start - b.start || a.order - b.order);
    const found: TermMatch[] = [];
    let lastEnd = 0;
    for (const { order: _order, ...candidate } of candidates) {
      if (candidate.start < lastEnd) continue;
      found.push(candidate);
      lastEnd = candidate.end;
    }
    return found;
  }

  /** The text with every finding replaced (what `specs` describe). */
  apply(text: string): string {
    let out = '';
    let cursor = 0;
    for (const hit of this.scan(text)) {
      out += text.slice(cursor, hit.start) + hit.replacement;
      cursor = hit.end;
    }
    return out + text.slice(cursor);
  }

  /** Small regions of `text` that hold every match, found by testing overlapping halves. */
  private regions(text: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    const pending: Array<[number, number]> = [[0, text.length]];
    while (pending.length > 0) {
      const [start, end] = pending.pop()!;
      if (end - start <= LEAF) {
        found.push([start, end]);
        continue;
      }
      const middle = codePointBoundary(text, (start + end) >> 1);
      const left: [number, number] = [start, codePointBoundary(text, Math.min(end, middle + OVERLAP))];
      const right: [number, number] = [codePointBoundary(text, Math.max(start, middle - OVERLAP)), end];
      const inLeft = this.mayMatch(text.slice(...left));
      const inRight = this.mayMatch(text.slice(...right));
      // Neither half holds a whole match: one longer than the overlap spans the middle.
      if (!inLeft && !inRight) found.push([start, end]);
      if (inRight) pending.push(right);
      if (inLeft) pending.push(left);
    }
    found.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const region of found) {
      const last = merged[merged.length - 1];
      if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
      else merged.push([...region]);
    }
    return merged;
  }
}

/**
 * One V8 expression for the prefilters of all branches, or undefined when a
 * branch has none. It only says "no" for texts re2js would also turn down, and
 * says so several times faster: re2js steps through a Vietnamese text
 * character by character (the rule: 165 -> 64 ms CPU over the 1,000-draft archive).
 */
function combinedPrefilter(branches: readonly Branch[]): RegExp | undefined {
  const sources = branches.map((branch) => branch.prefilter);
  if (sources.some((source) => source === undefined)) return undefined;
  try {
    return new RegExp([...new Set(sources)].map((source) => `(?:${source})`).join('|'), 'iu');
  } catch {
    return undefined;
  }
}

export interface SpecFailure {
  index: number;
  entry: TermEntry;
  spec: TermSpec;
  /** What the entry made of `spec.from`. */
  actual: string;
}

/** Runs every entry's specs with that entry alone, as prh does when it loads a dictionary. */
export function failedSpecs(entries: readonly TermEntry[]): SpecFailure[] {
  const failures: SpecFailure[] = [];
  entries.forEach((entry, index) => {
    if (!entry.specs || entry.specs.length === 0) return;
    const single = new TermDictionary([entry], () => `entry ${index + 1}`);
    for (const spec of entry.specs) {
      const actual = single.apply(spec.from);
      if (actual !== spec.to) failures.push({ index, entry, spec, actual });
    }
  });
  return failures;
}

export function describeSpecFailure({ entry, spec, actual }: SpecFailure): string {
  return `spec of "${entry.expected}" failed: "${spec.from}" should become "${spec.to}" but became "${actual}"`;
}

/**
 * Whether a located match is a finding. `matched: false` = a lookaround or a
 * word boundary turned it down (the entry may still match one letter on);
 * `matched: true` without a finding = the entry matched but regexpMustEmpty
 * or an unchanged replacement drops it (the entry reads on after it).
 */
function judge(branch: Branch, text: string, start: number, end: number, group: GroupReader): { matched: boolean; finding?: TermMatch } {
  if (end === start) return { matched: false };
  if (branch.wordBoundary && (isWordChar(text, start - 1) || isWordChar(text, end))) return { matched: false };
  if (branch.lookbehinds.length > 0) {
    const before = text.slice(Math.max(0, start - LOOK_WINDOW), start);
    if (branch.lookbehinds.some((lookbehind) => lookbehind.matcher.test(before) === lookbehind.negative)) return { matched: false };
  }
  if (branch.lookaheads.length > 0) {
    const after = text.slice(end, end + LOOK_WINDOW);
    if (branch.lookaheads.some((lookahead) => lookahead.matcher.matcher(after).lookingAt() === lookahead.negative)) return { matched: false };
  }
  const matched = text.slice(start, end);
  let replacement = expandGroups(branch.entry.expected, group, branch.entryGroups);
  if (branch.ignoreCase) replacement = followCase(replacement, matched);
  if ((branch.mustEmpty !== undefined && group(branch.mustEmpty)) || replacement === matched) return { matched: true };
  return { matched: true, finding: { start, end, text: matched, replacement, entry: branch.entry } };
}

/** The code point ending before `index` (index - 1) or starting at `index` is a letter, mark or digit. */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // Step back over a low surrogate to read the whole code point.
  const at = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

function readGroups(matcher: Matcher, branch: Branch): GroupReader {
  return (entryGroup) => {
    const local = entryGroup - branch.groupOffset;
    if (local < 1 || local > branch.coreGroups) return undefined;
    return matcher.group(1 + local) ?? undefined;
  };
}

/** prh's "$n" expansion: "$0" and numbers past the last group stay as written; an unmatched group is "". */
function expandGroups(expected: string, group: GroupReader, groupCount: number): string {
  return expected.replace(/\$([0-9]{1,2})/g, (whole, digits: string) => {
    const index = Number(digits);
    if (index === 0 || index > groupCount) return whole;
    return group(index) ?? '';
  });
}

/** All capitals stay all capitals; a capital first letter stays capital; otherwise `expected` as written. */
export function followCase(replacement: string, matched: string): string {
  const letters = matched.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi')) {
    return replacement.toLocaleUpperCase('vi');
  }
  const first = /\p{L}/u.exec(matched)?.[0];
  if (!first || first === first.toLocaleLowerCase('vi')) return replacement;
  return replacement.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase('vi'));
}

function compileEntry(entry: TermEntry, label: string): Array<Omit<Branch, 'order'>> {
  const fail = (detail: string): never => {
    throw new TermEntryError(label, entry, detail);
  };
  if (typeof entry.expected !== 'string') fail('"expected" must be a string');
  const wordBoundary = entry.options?.wordBoundary === true;
  const ignoreCase = entry.options?.ignoreCase === true;
  const written = entry.pattern ?? entry.patterns;
  const sources = written === undefined || written === null ? [] : Array.isArray(written) ? written : [written];
  if (sources.some((source) => typeof source !== 'string' || source === '')) fail('patterns must be non-empty strings');
  const parsed =
    sources.length > 0
      ? sources.map((source) => ({ ...parseSource(source, fail), shown: source }))
      : [{ body: spreadAlphaNum(entry.expected), flags: '', shown: entry.expected }];

  const branches: Array<Omit<Branch, 'order'>> = [];
  let groupsSoFar = 0;
  for (const { body, flags: jsFlags, shown } of parsed) {
    const flags = 'm' + (jsFlags.includes('i') || ignoreCase ? 'i' : '') + (jsFlags.includes('s') ? 's' : '');
    let parts;
    try {
      parts = splitPattern(body);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      return fail(`pattern ${shown}: ${error.message}`);
    }
    for (const part of parts) {
      const locate = compileChecked(`(?${flags}:(${part.core}))`, shown, fail);
      if (locate.groupCount() !== part.coreGroups + 1) fail(`pattern ${shown}: could not count its groups`);
      branches.push({
        entry,
        wordBoundary,
        ignoreCase,
        test: `(?${flags}:${part.core})`,
        prefilter: prefilterSource(part.core),
        locate,
        lookbehinds: part.lookbehinds.map((lookaround) => compileLookaround(lookaround, `(?${flags}:(?:${lookaround.body}))\\z`, shown, fail)),
        lookaheads: part.lookaheads.map((lookaround) => compileLookaround(lookaround, `(?${flags}:${lookaround.body})`, shown, fail)),
        groupOffset: groupsSoFar + part.groupsBeforeCore,
        coreGroups: part.coreGroups,
        entryGroups: 0,
        mustEmpty: undefined,
      });
      groupsSoFar += part.groups;
    }
  }
  const mustEmpty = entry.regexpMustEmpty === undefined ? undefined : /^\$([0-9]+)$/.exec(entry.regexpMustEmpty);
  if (entry.regexpMustEmpty !== undefined && !mustEmpty) fail(`regexpMustEmpty must be written "$1", "$2"…, not "${entry.regexpMustEmpty}"`);
  for (const branch of branches) {
    branch.entryGroups = groupsSoFar;
    branch.mustEmpty = mustEmpty ? Number(mustEmpty[1]) : undefined;
  }
  return branches;
}

function compileLookaround(lookaround: Lookaround, source: string, shown: string, fail: (detail: string) => never): CompiledLookaround {
  return { negative: lookaround.negative, matcher: compileChecked(source, shown, fail) };
}

function compileChecked(source: string, shown: string, fail: (detail: string) => never): RE2JS {
  try {
    return RE2JS.compile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`pattern ${shown} cannot run on the linear-time engine (re2js): ${reason}`);
  }
}

/** "/body/flags" is a regular expression (JavaScript syntax, as prh reads it); anything else is literal text. */
function parseSource(source: string, fail: (detail: string) => never): { body: string; flags: string } {
  const text = source.normalize('NFC');
  const regex = REGEX_STRING.exec(text);
  if (!regex) return { body: RE2JS.quote(text), flags: '' };
  const [, body, flags] = regex;
  const unknown = [...flags].find((flag) => !JS_FLAGS.has(flag));
  if (unknown) fail(`pattern ${source}: unknown flag "${unknown}"`);
  if (/\\k</.test(body)) fail(`pattern ${source}: back-references cannot run in linear time`);
  try {
    return { body: RE2JS.translateRegExp(body), flags };
  } catch (error) {
    return fail(`pattern ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** prh's pattern for an entry with only `expected`: ASCII letters in either case, ASCII or full-width. */
function spreadAlphaNum(expected: string): string {
  return [...expected.normalize('NFC')]
    .map((char) => {
      const upper = HALF_WIDTH.indexOf(char.toUpperCase());
      const lower = HALF_WIDTH.indexOf(char.toLowerCase());
      if (upper === -1 && lower === -1) return RE2JS.quote(char);
      if (upper === lower) return `[${char}${FULL_WIDTH[upper]}]`;
      return `[${char.toUpperCase()}${char.toLowerCase()}${FULL_WIDTH[upper]}${FULL_WIDTH[lower]}]`;
    })
    .join('');
}

function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** `index`, moved off the second half of a surrogate pair so a slice never splits a character. */
function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}
