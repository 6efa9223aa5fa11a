/**
 * A deterministic archive of N drafts made from the corpus drafts, for the
 * benchmarks: article i is corpus draft i mod n, with a dated update line
 * that differs per copy so no two files are identical.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function makeArchive(drafts, dir, count) {
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const draft = drafts[i % drafts.length];
    const copy = Math.floor(i / drafts.length);
    const day = (i % 28) + 1;
    const month = (copy % 12) + 1;
    const text = copy === 0 ? draft.markdown : `${draft.markdown}\nCập nhật lần ${copy}: sáng ${day}/${month}, bản tin số ${i}.\n`;
    const folder = path.join(dir, `part-${String(i % 100).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `draft-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
