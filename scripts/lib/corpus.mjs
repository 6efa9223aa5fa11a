/**
 * The shared corpus (../shared/corpus, next to the repository) as Markdown
 * drafts: title as `# heading`, one paragraph per source line, the Dân trí
 * header lines as front matter. Test data only: read at run time, never
 * copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared', 'corpus');
export const CORPUS_SETS = ['baomoi_magizbox', 'dantri_unc'];

export function corpusAvailable() {
  return CORPUS_SETS.every((set) => existsSync(path.join(CORPUS_DIR, set)));
}

export const CORPUS_MISSING = `the shared corpus is not at ${CORPUS_DIR}; corpus tests are skipped`;

/** @returns {{ id: string, file: string, raw: string, markdown: string }[]} */
export function loadCorpusDrafts() {
  const drafts = [];
  for (const set of CORPUS_SETS) {
    const dir = path.join(CORPUS_DIR, set);
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.txt')).sort()) {
      const file = path.join(dir, name);
      const raw = readFileSync(file, 'utf8');
      drafts.push({ id: `${set}/${name}`, file, raw, markdown: toMarkdown(raw) });
    }
  }
  return drafts;
}

/** Turns one scraped article into a Markdown draft as a journalist would paste it. */
export function toMarkdown(raw) {
  const lines = raw.split(/\r?\n/);
  const header = {};
  while (lines.length > 0 && /^# (doc_id|url|date) = /.test(lines[0])) {
    const [, key, value] = /^# (\w+) = (.*)$/.exec(lines.shift());
    header[key] = value.trim();
  }
  const [title = '', ...body] = lines;
  const frontMatter = [];
  if (header.date && /^\d{8}$/.test(header.date)) {
    frontMatter.push(`date: ${header.date.slice(0, 4)}-${header.date.slice(4, 6)}-${header.date.slice(6, 8)}`);
  }
  if (header.url) frontMatter.push(`source: ${JSON.stringify(header.url)}`);
  const parts = [];
  if (frontMatter.length > 0) parts.push(`---\n${frontMatter.join('\n')}\n---`);
  parts.push(`# ${title.trim()}`);
  for (const line of body) if (line.trim()) parts.push(line.trim());
  return parts.join('\n\n') + '\n';
}
