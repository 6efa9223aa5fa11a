import type { Position, Range } from './types.js';

/** Converts UTF-16 offsets to 1-based line/column and back; built once per document. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const line = Math.max(1, Math.min(position.line, this.starts.length));
    return Math.min(this.starts[line - 1] + position.column - 1, this.lineEnd(line));
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return next > this.starts[line - 1] && this.text[next - 1] === '\r' ? next - 1 : next;
  }

  /** Offset just past the line's break (start of the next line, or end of text). */
  lineEndWithBreak(line: number): number {
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }
}
