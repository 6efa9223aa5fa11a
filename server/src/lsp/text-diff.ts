/**
 * The edits that turn one text into another, small enough that an editor
 * keeps the cursor and the undo history readable (a character diff of the
 * part between the common prefix and suffix, not one whole-file replacement).
 */
import { diffChars } from 'diff';
import type { TextEdit } from '../engine/types.js';

/** Beyond this many changed characters the diff is not worth it: one replacement of the changed span. */
const MAX_DIFF_EDIT_LENGTH = 2_000;

export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  const changes = diffChars(oldMiddle, newMiddle, { maxEditLength: MAX_DIFF_EDIT_LENGTH });
  if (!changes) return [{ start: prefix, end: before.length - suffix, text: newMiddle }];

  const edits: TextEdit[] = [];
  let offset = prefix;
  for (const change of changes) {
    if (change.added) {
      const last = edits[edits.length - 1];
      if (last && last.end === offset) last.text += change.value;
      else edits.push({ start: offset, end: offset, text: change.value });
    } else if (change.removed) {
      const last = edits[edits.length - 1];
      if (last && last.end === offset) last.end += change.value.length;
      else edits.push({ start: offset, end: offset + change.value.length, text: '' });
      offset += change.value.length;
    } else {
      offset += change.value.length;
    }
  }
  return edits;
}
