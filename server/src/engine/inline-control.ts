/**
 * Inline control comments, in the spirit of ESLint and markdownlint:
 *   <!-- copydesk-disable [rule-id …] -->            off until enabled again
 *   <!-- copydesk-enable [rule-id …] -->
 *   <!-- copydesk-disable-line [rule-id …] -->       off on the comment's own line
 *   <!-- copydesk-disable-next-line [rule-id …] -->  off on the following line
 * No rule id means every rule.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LineIndex } from './line-index.js';

const COMMENT = /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const ALL = '*';

interface Span {
  start: number;
  end: number;
}

export class InlineControl {
  private readonly spans = new Map<string, Span[]>();

  constructor(mdast: Root, source: string, lines: LineIndex) {
    const openSince = new Map<string, number>();
    visit(mdast, 'html', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const html = source.slice(start, end);
      for (const match of html.matchAll(COMMENT)) {
        const kind = match[1];
        const ids = match[2].trim().split(/[\s,]+/).filter(Boolean);
        const commentEnd = start + (match.index ?? 0) + match[0].length;
        const targets = ids.length > 0 ? ids : [ALL];
        if (kind === 'disable') {
          for (const id of targets) if (!openSince.has(id)) openSince.set(id, commentEnd);
        } else if (kind === 'enable') {
          const closing = ids.length > 0 ? ids : [...openSince.keys()];
          for (const id of closing) {
            const since = openSince.get(id);
            if (since !== undefined) this.add(id, since, start);
            openSince.delete(id);
          }
        } else {
          const line = lines.position(commentEnd).line + (kind === 'disable-next-line' ? 1 : 0);
          if (line > lines.lineCount) continue;
          for (const id of targets) this.add(id, lines.lineStart(line), lines.lineEndWithBreak(line));
        }
      }
    });
    for (const [id, since] of openSince) this.add(id, since, source.length + 1);
  }

  isDisabled(ruleId: string, offset: number): boolean {
    return this.inside(this.spans.get(ruleId), offset) || this.inside(this.spans.get(ALL), offset);
  }

  private add(id: string, start: number, end: number): void {
    const list = this.spans.get(id) ?? [];
    list.push({ start, end });
    this.spans.set(id, list);
  }

  private inside(spans: Span[] | undefined, offset: number): boolean {
    return spans !== undefined && spans.some((span) => offset >= span.start && offset < span.end);
  }
}
