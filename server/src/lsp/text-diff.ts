/**
 * The edits that turn one text into another, small enough that an editor
 * keeps the cursor and the undo history readable: a line diff of the part
 * between the common prefix and suffix, each changed run of lines refined to
 * characters when it is short.
 */
import { diffChars, diffLines } from 'diff';
import type { TextEdit } from '../engine/types.js';

/** Changed runs of lines longer than this are replaced whole (a character diff would cost too much). */
const MAX_REFINED_LENGTH = 2_000;

export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);

  const edits: TextEdit[] = [];
  let offset = prefix;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed || added) edits.push(...refine(offset, removed, added));
    offset += removed.length;
    removed = '';
    added = '';
  };
  for (const change of diffLines(oldMiddle, newMiddle)) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else {
      flush();
      offset += change.value.length;
    }
  }
  flush();
  return edits;
}

/** Edits turning `removed` (at `offset`) into `added`: by characters when short, else one replacement. */
function refine(offset: number, removed: string, added: string): TextEdit[] {
  if (removed.length > MAX_REFINED_LENGTH || added.length > MAX_REFINED_LENGTH || !removed || !added) {
    return [{ start: offset, end: offset + removed.length, text: added }];
  }
  const edits: TextEdit[] = [];
  let at = offset;
  for (const change of diffChars(removed, added)) {
    const last = edits[edits.length - 1];
    if (change.added) {
      if (last && last.end === at) last.text += change.value;
      else edits.push({ start: at, end: at, text: change.value });
    } else if (change.removed) {
      if (last && last.end === at) last.end += change.value.length;
      else edits.push({ start: at, end: at + change.value.length, text: '' });
      at += change.value.length;
    } else {
      at += change.value.length;
    }
  }
  return edits;
}
