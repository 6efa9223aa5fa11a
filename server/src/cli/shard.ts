/**
 * `--shard i/n`: a deterministic share of the files for CI matrices. A file's
 * shard depends only on its path relative to the current folder, so adding a
 * file never moves the others between shards.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(relativePath: string, shard: Shard): boolean {
  const digest = createHash('sha1').update(relativePath).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
