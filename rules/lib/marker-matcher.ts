/**
 * One matcher for a whole list of markers (literal strings and regular
 * expressions), so a rule scans a document once instead of once per entry.
 *
 * Two engines, chosen by who wrote the pattern:
 * - Literal text (escaped) and the project's own regular expressions go into
 *   a single JavaScript RegExp: V8 runs it at memory speed.
 * - Regular expressions from a user's configuration come from folders we do
 *   not trust, so they never reach `new RegExp` (a pattern such as `(a+)+$`
 *   can hang the editor). They are compiled together with RE2 (`re2js`),
 *   which matches in linear time; it is about 200 times slower than V8 with
 *   capture groups, so it first tests each line with its DFA and extracts
 *   positions only on the lines that match.
 *
 * Both sides are case-insensitive unless an entry says otherwise, accept the
 * NFC and the NFD spelling of literal text, and check letter boundaries in
 * code, because JavaScript `\b` does not know Vietnamese letters and RE2 has
 * no look-behind.
 */
import { RE2JS } from 're2js';

export interface MarkerSpec<T> {
  /** Literal text. */
  text?: string;
  /** A regular expression source. */
  regex?: string;
  /** False for patterns from configuration: compiled with RE2, never with `new RegExp`. */
  trusted: boolean;
  /** Literal text only: the hit must have exactly these capitals. */
  caseSensitive?: boolean;
  /** Handed back with each hit. */
  data: T;
}

export interface MarkerHit<T> {
  start: number;
  end: number;
  text: string;
  data: T;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface Alternative<T> {
  spec: MarkerSpec<T>;
  /** Index of the alternative's own capture group in the combined pattern. */
  group: number;
}

export class MarkerMatcher<T> {
  private readonly fast: RegExp | undefined;
  private readonly fastAlternatives: Alternative<T>[] = [];
  /** Group of the literal trie in `fast`. */
  private literalGroup = 0;
  /** Literal markers by their folded text (NFC, lower case). */
  private readonly literals = new Map<string, MarkerSpec<T>>();
  private readonly safe: RE2JS | undefined;
  private readonly safeAlternatives: Alternative<T>[] = [];

  /** Throws an Error naming the pattern when an untrusted regular expression is not valid RE2. */
  constructor(specs: readonly MarkerSpec<T>[]) {
    this.fast = this.buildFast(specs.filter((spec) => spec.text !== undefined || spec.trusted));
    this.safe = this.buildSafe(specs.filter((spec) => spec.text === undefined && !spec.trusted));
  }

  /**
   * Every hit, left to right, without overlaps. Where two markers start at
   * the same place the longer wins; a hit whose letter edges touch other
   * letters ("Tin khácx") is dropped and the scan resumes one character on.
   */
  scan(text: string): MarkerHit<T>[] {
    const hits = [...this.scanFast(text), ...this.scanSafe(text)];
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: MarkerHit<T>[] = [];
    for (const hit of hits) {
      const last = kept[kept.length - 1];
      if (last && hit.start < last.end) continue;
      kept.push(hit);
    }
    return kept;
  }

  /**
   * The trusted patterns first (they are the specific ones: "(0) Bình luận"
   * must win over "Bình luận" where both start), then all literal text as one
   * trie ("tin (?:liên quan|khác)"): V8 tries an alternation branch by branch
   * at every position, and two hundred flat literals made the scan twenty
   * times slower than the trie.
   */
  private buildFast(specs: MarkerSpec<T>[]): RegExp | undefined {
    const parts: string[] = [];
    let group = 1;
    for (const spec of specs.filter((candidate) => candidate.text === undefined)) {
      this.fastAlternatives.push({ spec, group });
      parts.push(`(${spec.regex})`);
      group += 1 + countJsGroups(spec.regex!);
    }
    const trie = new TrieNode();
    for (const spec of specs.filter((candidate) => candidate.text !== undefined)) {
      const key = fold(spec.text!);
      if (key === '' || this.literals.has(key)) continue;
      this.literals.set(key, spec);
      for (const form of new Set([key, key.normalize('NFD')])) trie.insert(form);
    }
    if (this.literals.size > 0) {
      this.literalGroup = group;
      parts.push(`(${trie.source()})`);
    }
    return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : undefined;
  }

  private buildSafe(specs: MarkerSpec<T>[]): RE2JS | undefined {
    if (specs.length === 0) return undefined;
    const parts: string[] = [];
    let group = 1;
    for (const spec of specs) {
      let own: RE2JS;
      try {
        own = RE2JS.compile(spec.regex!);
      } catch (error) {
        throw new Error(`marker pattern ${JSON.stringify(spec.regex)} is not a valid RE2 regular expression: ${(error as Error).message}`);
      }
      this.safeAlternatives.push({ spec, group });
      parts.push(`(${spec.regex})`);
      group += 1 + own.groupCount();
    }
    return RE2JS.compile(parts.join('|'));
  }

  private scanFast(text: string): MarkerHit<T>[] {
    const pattern = this.fast;
    if (!pattern) return [];
    const hits: MarkerHit<T>[] = [];
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const hit = match[this.literalGroup] !== undefined && this.literalGroup > 0 ? this.literalHit(text, start, match[0].length) : this.patternHit(text, match);
      if (hit) {
        hits.push(hit);
        pattern.lastIndex = hit.end;
      } else {
        pattern.lastIndex = start + 1;
      }
    }
    return hits;
  }

  private patternHit(text: string, match: RegExpExecArray): MarkerHit<T> | undefined {
    const start = match.index;
    const end = start + match[0].length;
    const alternative = this.fastAlternatives.find((candidate) => match[candidate.group] !== undefined);
    if (end === start || !alternative || !acceptable(text, start, end, alternative.spec)) return undefined;
    return { start, end, text: match[0], data: alternative.spec.data };
  }

  /** The longest literal at `start` that fits its boundaries ("Chia sẻ" when "Chia sẻ bàix" fails). */
  private literalHit(text: string, start: number, length: number): MarkerHit<T> | undefined {
    for (let end = start + length; end > start; end--) {
      const spec = this.literals.get(fold(text.slice(start, end)));
      if (spec && acceptable(text, start, end, spec)) return { start, end, text: text.slice(start, end), data: spec.data };
    }
    return undefined;
  }

  private scanSafe(text: string): MarkerHit<T>[] {
    const pattern = this.safe;
    if (!pattern) return [];
    const hits: MarkerHit<T>[] = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() !== '' && pattern.test(line)) {
        const matcher = pattern.matcher(line);
        let from = 0;
        while (from <= line.length && matcher.find(from)) {
          const start = matcher.start();
          const end = matcher.end();
          const alternative = this.safeAlternatives.find((candidate) => matcher.group(candidate.group) !== null);
          if (end > start && alternative && acceptable(line, start, end, alternative.spec)) {
            hits.push({ start: lineStart + start, end: lineStart + end, text: line.slice(start, end), data: alternative.spec.data });
            from = end;
          } else {
            from = start + 1;
          }
        }
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
    return hits;
  }
}

/** Letter edges must not touch letters; case-sensitive literals must keep their capitals. */
function acceptable(text: string, start: number, end: number, spec: MarkerSpec<unknown>): boolean {
  if (WORD_CHAR.test(text[start]) && start > 0 && WORD_CHAR.test(text[start - 1])) return false;
  if (WORD_CHAR.test(text[end - 1]) && end < text.length && WORD_CHAR.test(text[end])) return false;
  if (spec.caseSensitive && spec.text !== undefined) {
    const written = text.slice(start, end).normalize('NFC');
    if (written !== spec.text.normalize('NFC')) return false;
  }
  return true;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Literal markers as a prefix tree, written out as one regular expression. */
class TrieNode {
  private readonly children = new Map<string, TrieNode>();
  private terminal = false;

  insert(text: string): void {
    let node: TrieNode = this;
    for (const char of text) {
      let child = node.children.get(char);
      if (!child) {
        child = new TrieNode();
        node.children.set(char, child);
      }
      node = child;
    }
    node.terminal = true;
  }

  /** Longer continuations are tried before stopping here, so the longest literal wins. */
  source(): string {
    const branches = [...this.children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([char, child]) => escapeRegExp(char) + child.source());
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!this.terminal) return body;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  }
}

export function escapeRegExp(text: string): string {
  // Only syntax characters: with the `u` flag an escaped '-' outside a class is an error.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Capture groups in a trusted JavaScript source: match the empty string against "source|". */
function countJsGroups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}
