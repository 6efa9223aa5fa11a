/**
 * `copydesk check`: find the drafts, resolve each one's configuration, lint,
 * optionally fix (atomically), and report. Returns the exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { rules } from '../../../rules/index.js';
import { ConfigError, type ResolvedConfig } from '../config/config.js';
import type { FactsFile } from '../facts/facts-file.js';
import { WorkspaceIndex } from '../facts/workspace-index.js';
import { fixUntilStable, lint, LineIndex, localeFromTag, type Finding, type LintResult, type Locale } from '../engine/index.js';
import { ConfigResolver } from '../shell/config-resolver.js';
import { isIgnoredByConfig } from '../shell/config-ignore.js';
import { findDrafts } from '../shell/find-drafts.js';
import { readDraft } from '../shell/read-draft.js';
import { writeIfUnchanged } from '../shell/safe-write.js';
import type { CheckArgs } from './args.js';
import { contentHash, DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import { inShard } from './shard.js';
import { formatGithub } from './format/github.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { summarize, type FileReport } from './report.js';

export interface CheckIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

interface Draft {
  file: string;
  text: string;
  mtimeMs: number;
  config: ResolvedConfig;
  facts: FactsFile | undefined;
}

export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  let inputError = false;
  const complain = (subject: string, reason: string) => {
    inputError = true;
    io.stderr(`copydesk: ${subject}: ${reason}\n`);
  };

  const found = await findDrafts(args.inputs, io.cwd);
  for (const problem of found.problems) complain(problem.input, problem.reason);

  const resolver = new ConfigResolver({ rules, explicitConfig: args.config, root: undefined });
  const drafts: Draft[] = [];
  for (const file of found.files) {
    let config: ResolvedConfig;
    let facts: FactsFile | undefined;
    try {
      config = resolver.forFile(file);
      facts = resolver.factsFor(file, config);
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr(`copydesk: invalid configuration: ${relative(io.cwd, error.file)}${error.line ? `:${error.line}` : ''}: ${error.key ? `${error.key}: ` : ''}${error.expected}\n`);
        return 2;
      }
      throw error;
    }
    if (isIgnoredByConfig(config, file)) continue;
    const read = readDraft(file, config.maxFileSize);
    if (!read.ok) {
      complain(relative(io.cwd, file), read.reason);
      continue;
    }
    drafts.push({ file, text: read.text, mtimeMs: read.mtimeMs, config, facts });
  }

  // Cross-document rules compare each draft with every other one checked in this run. The index
  // is built on first use: a --cache run over unchanged drafts lints nothing and never needs it.
  let workspace: WorkspaceIndex | undefined;
  const indexed = (): WorkspaceIndex => {
    if (!workspace) {
      workspace = new WorkspaceIndex();
      for (const draft of drafts) workspace.update(draft.file, draft.text);
    }
    return workspace;
  };

  const envLocale = localeFromTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  const toLint = args.shard ? drafts.filter((draft) => inShard(relative(io.cwd, draft.file), args.shard!)) : drafts;
  const cache = args.cache && !args.fix && !args.fixDryRun ? new LintCache(path.resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_LOCATION)) : undefined;
  // Cross-document findings depend on what the index extracted from the other drafts (people,
  // titles, counts and where they stand), not on the rest of their text. That digest is a
  // function of the drafts' contents, so when none changed it is taken from the last run
  // instead of indexing them all again (most of a warm run's time).
  let workspaceDigest = '';
  if (cache) {
    const contents = contentHash(JSON.stringify([io.version, drafts.map((draft) => [draft.file, contentHash(draft.text)])]));
    workspaceDigest = cache.workspaceDigest(contents, () => {
      const index = indexed();
      return contentHash(JSON.stringify([...index.uris()].map((uri) => index.get(uri)), mapsAsArrays));
    });
  }
  const reports: FileReport[] = [];
  for (const draft of toLint) {
    const locale = args.locale ?? draft.config.locale ?? envLocale;
    const environment = { ...draft.config.environment, get workspace() { return indexed(); }, facts: draft.facts };
    const lintText = (text: string) => lint(text, { rules, settings: draft.config.settings, locale, uri: draft.file, environment, timeBudgetMs: args.timeBudgetMs });
    let text = draft.text;
    if (args.fix || args.fixDryRun) {
      text = fixUntilStable(draft.text, (current) => lintText(current).findings).text;
      if (text !== draft.text) {
        const name = relative(io.cwd, draft.file);
        if (args.fixDryRun) io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, draft.text, text));
        else if (!writeIfUnchanged(draft.file, draft.text, text)) {
          complain(name, 'changed on disk while it was being fixed; not overwritten');
          text = draft.text;
        }
      }
    }
    const hash = cache ? contentHash(text) : '';
    const key = cache ? contentHash(JSON.stringify([io.version, locale, [...draft.config.settings], draft.config.environment, draft.facts, workspaceDigest])) : '';
    const cached = cache?.get(draft.file, hash, key);
    const result: LintResult = cached ?? lintText(text);
    if (result.refused) {
      complain(relative(io.cwd, draft.file), result.refused);
      continue;
    }
    if (result.truncated) {
      // A warning, not an input error: the findings shown are true, only incomplete.
      const { afterMs, skipped } = result.truncated;
      io.stderr(`copydesk: ${relative(io.cwd, draft.file)}: stopped after ${afterMs} ms (--time-budget ${args.timeBudgetMs}); skipped rules: ${skipped.join(', ')}\n`);
    }
    // An incomplete result is not worth keeping: the next run may have more time.
    if (cache && !cached && !result.truncated) cache.set(draft.file, { hash, key, findings: result.findings, failures: result.failures });
    reports.push({
      file: draft.file,
      relative: relative(io.cwd, draft.file),
      cwd: io.cwd,
      findings: args.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings,
      lines: new LineIndex(text),
      failures: result.failures,
    });
  }
  cache?.save();

  const output = render(args, reports, io, args.locale ?? envLocale);
  if (args.output) writeFileSync(path.resolve(io.cwd, args.output), output);
  else if (output && !(args.fixDryRun && args.format === 'stylish')) io.stdout(output);
  else if (output) io.stderr(output);

  if (inputError) return 2;
  const summary = summarize(reports);
  if (summary.errors > 0) return 1;
  if (args.maxWarnings !== undefined && summary.warnings > args.maxWarnings) {
    io.stderr(`copydesk: ${summary.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function render(args: CheckArgs, reports: FileReport[], io: CheckIo, locale: Locale): string {
  switch (args.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, { rules, locale, version: io.version, cwd: io.cwd });
    case 'github':
      return formatGithub(reports);
    default:
      return formatStylish(reports, { color: args.color && !args.output, locale });
  }
}

function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value;
}

function relative(cwd: string, file: string): string {
  const relativePath = path.relative(cwd, file) || path.basename(file);
  return relativePath.split(path.sep).join('/');
}

export type { Finding };
