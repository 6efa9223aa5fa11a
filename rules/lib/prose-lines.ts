/**
 * The document as lines, for rules that judge whole lines (boilerplate,
 * captions, bylines): each line's span, the span of its visible text without
 * Markdown's line syntax, and an edit that deletes a run of lines without
 * leaving a double blank line or gluing two paragraphs together.
 *
 * Memoised per document (`context.shared('prose-lines', …)`).
 */
import type { RuleContext, TextEdit } from '../../server/src/engine/types.js';

export interface ProseLine {
  /** 0-based line number. */
  index: number;
  /** Offsets of the line in the source, without its line break. */
  start: number;
  end: number;
  /**
   * The visible text of the line in `context.prose`: without leading and
   * trailing blanks, heading hashes, list bullets, blockquote ">" and
   * emphasis markers that wrap the whole line.
   */
  contentStart: number;
  contentEnd: number;
  text: string;
  /** Nothing but whitespace in the source (an HTML comment alone is not blank). */
  blank: boolean;
  /** An ATX heading line ("## …"). */
  heading: boolean;
  /** A list item line ("- …", "1. …"). */
  listItem: boolean;
  /** The whole line is bold or italic ("**Giá vàng tăng**"): a subhead. */
  emphasised: boolean;
  /** The whole visible line is the text of one link ("[Tiêu đề](https://…)"). */
  linkOnly: boolean;
}

const LEAD = /^[ \t]*((?:>(?!>)[ \t]?)*)(#{1,6}[ \t]+)?((?:[-*+]|\d{1,3}[.)])[ \t]+)?/;
const WRAPPED = /^(\*\*|__|\*|_)(?=\S)([\s\S]*\S)\1$/;
const LINK_ONLY = /^\[[^\]]+\]\([^)]*\)$|^<https?:[^>]+>$/;
const CLOSING_HASHES = /[ \t]+#+$/;

export function proseLines(context: Pick<RuleContext, 'source' | 'prose' | 'lines' | 'shared'>): readonly ProseLine[] {
  return context.shared('prose-lines', () => computeLines(context.source, context.prose, context.lines.lineCount, (line) => [context.lines.lineStart(line), context.lines.lineEnd(line)]));
}

function computeLines(source: string, prose: string, count: number, bounds: (line: number) => [number, number]): ProseLine[] {
  const lines: ProseLine[] = [];
  for (let number = 1; number <= count; number++) {
    const [start, end] = bounds(number);
    const raw = prose.slice(start, end);
    const lead = LEAD.exec(raw)!;
    let from = lead[0].length;
    let to = raw.length;
    while (to > from && /\s/.test(raw[to - 1])) to--;
    if (lead[2]) to = from + raw.slice(from, to).replace(CLOSING_HASHES, '').length;
    while (from < to && /\s/.test(raw[from])) from++;
    let emphasised = false;
    const wrapped = WRAPPED.exec(raw.slice(from, to));
    if (wrapped) {
      emphasised = true;
      from += wrapped[1].length;
      to -= wrapped[1].length;
      while (from < to && /\s/.test(raw[from])) from++;
      while (to > from && /\s/.test(raw[to - 1])) to--;
    }
    const sourceLine = source.slice(start, end);
    const sourceContent = sourceLine.slice(lead[0].length).trim().replace(/^(\*\*|__)([\s\S]*)\1$/, '$2');
    lines.push({
      index: number - 1,
      start,
      end,
      contentStart: start + from,
      contentEnd: start + to,
      text: raw.slice(from, to),
      blank: sourceLine.trim() === '',
      heading: Boolean(lead[2]),
      listItem: Boolean(lead[3]),
      emphasised,
      linkOnly: LINK_ONLY.test(sourceContent),
    });
  }
  return lines;
}

/**
 * An edit deleting lines `first`…`last` (0-based, inclusive) so that the text
 * reads as if they had never been there:
 * - inside a paragraph, the lines and their line breaks go;
 * - a paragraph of their own goes with one blank line beside it, so no double
 *   blank line is left and the paragraphs around do not merge;
 * - at the end of the text, the line break before them goes instead, so the
 *   text still ends as it did.
 */
export function deleteLines(lines: readonly ProseLine[], first: number, last: number, textLength: number): TextEdit {
  const before = first > 0 ? lines[first - 1] : undefined;
  const after = last + 1 < lines.length ? lines[last + 1] : undefined;
  const startOfNext = (index: number) => (index < lines.length ? lines[index].start : textLength);
  if (after && !after.blank) return { start: lines[first].start, end: after.start, text: '' };
  if (before && !before.blank) return { start: before.end, end: lines[last].end, text: '' };
  const nextContent = lines.findIndex((line, index) => index > last && !line.blank);
  if (nextContent !== -1) {
    // A paragraph of its own: take it and the one blank line after it.
    return { start: lines[first].start, end: startOfNext(last + 2), text: '' };
  }
  const previousContent = findLastIndex(lines, (line, index) => index < first && !line.blank);
  if (previousContent !== -1) return { start: lines[previousContent].end, end: lines[last].end, text: '' };
  return { start: lines[first].start, end: lines[last].end, text: '' };
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index], index)) return index;
  return -1;
}
