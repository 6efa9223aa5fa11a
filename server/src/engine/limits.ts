/**
 * Input the Markdown parser cannot take in reasonable time. micromark's cost
 * grows much faster than linearly with container nesting (400 nested list
 * levels take seconds, 3,000 take minutes), so such input is refused up
 * front with a reason instead of freezing the editor. Real drafts nest a few
 * levels deep.
 */
export const MAX_NESTING = 100;

/** Why the document cannot be linted, or undefined when it can. */
export function inputRefusal(source: string): string | undefined {
  let lineStart = 0;
  while (lineStart < source.length) {
    let depth = 0;
    let i = lineStart;
    for (; i < source.length; i++) {
      const ch = source.charCodeAt(i);
      if (ch === 62 /* > */) depth += 2;
      else if (ch === 32 /* space */) depth += 1;
      else if (ch === 9 /* tab */) depth += 4;
      else break;
    }
    if (depth / 2 > MAX_NESTING) {
      return `nests blocks (quotes or lists) more than ${MAX_NESTING} levels deep; Copydesk does not lint such a document`;
    }
    const next = source.indexOf('\n', i);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return undefined;
}
