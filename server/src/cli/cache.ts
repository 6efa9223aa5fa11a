/**
 * `--cache`: findings of unchanged files are reused from the last run. An
 * entry is valid when the file's content hash and the run's key (Copydesk
 * version, the file's effective configuration, locale, and — when
 * cross-document rules are on — the digest of every file indexed) match.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Finding } from '../engine/types.js';

export const DEFAULT_CACHE_LOCATION = '.copydesk-cache/cache.json';
const FORMAT = 1;

interface Entry {
  hash: string;
  key: string;
  findings: Finding[];
  failures: Array<{ ruleId: string; message: string }>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export class LintCache {
  private entries: Record<string, Entry> = {};
  private workspace: { contents: string; digest: string } | undefined;
  private dirty = false;

  constructor(private readonly file: string) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      if (stored.format === FORMAT && stored.entries && typeof stored.entries === 'object') {
        this.entries = stored.entries;
        if (typeof stored.workspace?.contents === 'string' && typeof stored.workspace.digest === 'string') this.workspace = stored.workspace;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /**
   * The workspace digest for drafts whose contents hash to `contents`: the
   * last run's when the contents are the same, else `compute()`'s (kept).
   */
  workspaceDigest(contents: string, compute: () => string): string {
    if (this.workspace?.contents === contents) return this.workspace.digest;
    this.workspace = { contents, digest: compute() };
    this.dirty = true;
    return this.workspace.digest;
  }

  get(file: string, hash: string, key: string): Entry | undefined {
    const entry = this.entries[file];
    return entry && entry.hash === hash && entry.key === key ? entry : undefined;
  }

  set(file: string, entry: Entry): void {
    this.entries[file] = entry;
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, JSON.stringify({ format: FORMAT, workspace: this.workspace, entries: this.entries }));
  }
}
