/**
 * Writing fixes back without ever losing text: the new content goes to a
 * temporary file in the same folder, is fsynced, then renamed over the draft
 * (write-file-atomic), so a crash leaves either the old or the new file,
 * never a partial one. A draft that changed on disk since it was read (the
 * journalist saved meanwhile) is left alone.
 */
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

/** Writes `next` over `file` if the file still holds `expected`; returns whether it wrote. */
export function writeIfUnchanged(file: string, expected: string, next: string): boolean {
  let current: string;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  if (current !== expected) return false;
  writeFileAtomic.sync(file, next, { encoding: 'utf8', fsync: true });
  return true;
}
