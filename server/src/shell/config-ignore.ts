/**
 * `ignore:` in `.copydesk.yml`: gitignore-style patterns relative to the
 * folder of the nearest config file. Files outside that folder are never
 * ignored by it.
 */
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ResolvedConfig } from '../config/config.js';

const compiled = new WeakMap<ResolvedConfig, Ignore>();

export function isIgnoredByConfig(config: ResolvedConfig, file: string): boolean {
  if (config.ignore.length === 0 || config.files.length === 0) return false;
  const relative = path.relative(path.dirname(config.files[0]), file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  let matcher = compiled.get(config);
  if (!matcher) {
    matcher = ignore().add(config.ignore);
    compiled.set(config, matcher);
  }
  return matcher.ignores(relative.split(path.sep).join('/'));
}
