/**
 * Turns the CLI's file, folder and glob arguments into a sorted list of
 * Markdown drafts, honouring .gitignore files. Symbolic links are not
 * followed while walking folders, so a link loop cannot hang a run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';

export const DRAFT_GLOB = '**/*.{md,markdown}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface DraftList {
  files: string[];
  /** Inputs that named nothing lintable, with the reason. */
  problems: Array<{ input: string; reason: string }>;
}

export async function findDrafts(inputs: readonly string[], cwd: string): Promise<DraftList> {
  const files = new Set<string>();
  const problems: DraftList['problems'] = [];
  const gitignores = await loadGitignores(cwd);
  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = await walk(absolute, DRAFT_GLOB, gitignores);
        if (found.length === 0) problems.push({ input, reason: 'no Markdown files (*.md, *.markdown) in this folder' });
        found.forEach((file) => files.add(file));
      } else {
        files.add(absolute); // named explicitly: linted even if ignored
      }
    } else if (fg.isDynamicPattern(input)) {
      const found = await walk(cwd, input, gitignores);
      if (found.length === 0) problems.push({ input, reason: 'no files match this pattern' });
      found.forEach((file) => files.add(file));
    } else {
      problems.push({ input, reason: 'does not exist' });
    }
  }
  return { files: [...files].sort(), problems };
}

async function walk(base: string, pattern: string, gitignores: GitignoreSet): Promise<string[]> {
  const found = await fg(pattern, {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ALWAYS_SKIPPED,
  });
  return found.map((file) => path.normalize(file)).filter((file) => !gitignores.ignores(file));
}

interface GitignoreSet {
  ignores(file: string): boolean;
}

/** Every .gitignore under cwd (and cwd's own), each applied relative to its folder. */
async function loadGitignores(cwd: string): Promise<GitignoreSet> {
  const found = await fg('**/.gitignore', { cwd, absolute: true, dot: true, followSymbolicLinks: false, suppressErrors: true, ignore: ALWAYS_SKIPPED });
  const rules: Array<{ dir: string; matcher: Ignore }> = [];
  for (const file of found) {
    try {
      rules.push({ dir: path.dirname(path.normalize(file)), matcher: ignore().add(readFileSync(file, 'utf8')) });
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return {
    ignores(file) {
      return rules.some(({ dir, matcher }) => {
        const relative = path.relative(dir, file);
        return !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(relative.split(path.sep).join('/'));
      });
    },
  };
}
