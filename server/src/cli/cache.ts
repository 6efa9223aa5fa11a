/**
 * `--cache`: what the last run learnt of each unchanged file is reused: the
 * findings of the rules' own checks and the facts the cross-document index
 * needs, so the file is not parsed again; the cross-document checks then
 * run on the facts of every file. When no file, configuration or version
 * changed since the last run (its `workspaceDigest`), their findings are
 * reused too and no index is built. An entry is valid when the file's
 * content hash and the run's key (Copydesk version, the file's effective
 * configuration, locale) match.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Finding } from '../engine/types.js';
import type { StoredFacts } from '../facts/known-facts.js';

export const DEFAULT_CACHE_LOCATION = '.copydesk-cache/cache.json';
const FORMAT = 2;

export interface CacheEntry {
  hash: string;
  key: string;
  facts: StoredFacts;
  /** Absent when the file was only indexed (another shard's). */
  findings?: Finding[];
  failures?: Array<{ ruleId: string; message: string }>;
  /** The cross-document checks' findings, valid while `workspaceDigest` is the run's. */
  workspaceFindings?: Finding[];
  workspaceFailures?: Array<{ ruleId: string; message: string }>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private digest: string | undefined;
  private dirty = false;

  constructor(private readonly file: string) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      if (stored.format === FORMAT && stored.entries && typeof stored.entries === 'object') {
        this.entries = stored.entries;
        if (typeof stored.workspaceDigest === 'string') this.digest = stored.workspaceDigest;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  get(file: string, hash: string, key: string): CacheEntry | undefined {
    const entry = this.entries[file];
    return entry && entry.hash === hash && entry.key === key ? entry : undefined;
  }

  /** Digest of every file's content hash and run key in the run that made the cross-document findings kept. */
  get workspaceDigest(): string | undefined {
    return this.digest;
  }

  set workspaceDigest(digest: string) {
    if (digest === this.digest) return;
    this.digest = digest;
    this.dirty = true;
  }

  setWorkspaceFindings(file: string, findings: Finding[], failures: Array<{ ruleId: string; message: string }>): void {
    const entry = this.entries[file];
    if (!entry) return;
    entry.workspaceFindings = findings;
    entry.workspaceFailures = failures;
    this.dirty = true;
  }

  set(file: string, entry: CacheEntry): void {
    this.entries[file] = entry;
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, JSON.stringify({ format: FORMAT, workspaceDigest: this.digest, entries: this.entries }));
  }
}
