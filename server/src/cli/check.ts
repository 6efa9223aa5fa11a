/**
 * `copydesk check`: find the drafts, resolve each one's configuration, lint,
 * optionally fix (atomically), and report. Returns the exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { rules } from '../../../rules/index.js';
import { ConfigError, type ResolvedConfig } from '../config/config.js';
import type { FactsFile } from '../facts/facts-file.js';
import { reviveFacts, storeFacts } from '../facts/known-facts.js';
import { WorkspaceIndex } from '../facts/workspace-index.js';
import { sharedFactValues } from '../../../rules/lib/document-facts.js';
import { byPosition, fixUntilStable, lint, LineIndex, localeFromTag, type Finding, type LintEnvironment, type LintOptions, type LintResult, type Locale } from '../engine/index.js';
import { ConfigResolver } from '../shell/config-resolver.js';
import { isIgnoredByConfig } from '../shell/config-ignore.js';
import { findDrafts } from '../shell/find-drafts.js';
import { readDraft } from '../shell/read-draft.js';
import { writeIfUnchanged } from '../shell/safe-write.js';
import type { CheckArgs } from './args.js';
import { contentHash, DEFAULT_CACHE_LOCATION, LintCache, type CacheEntry } from './cache.js';
import { checkDraft, type FirstPassOutcome, type FirstPassTask } from './first-pass.js';
import { inShard } from './shard.js';
import { runOnWorkers } from './worker-pool.js';
import { formatGithub } from './format/github.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { summarize, type FileReport } from './report.js';

/** The worker bundle the build writes beside the CLI's (see scripts/build.mjs). */
const WORKER_FILE = fileURLToPath(new URL('./cli-worker.cjs', import.meta.url));

export interface CheckIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

interface Draft {
  file: string;
  text: string;
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

  const drafts = loadDrafts(found.files, args, io, complain);
  if (!drafts) return 2;

  const envLocale = localeFromTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  const reported = new Set(args.shard ? drafts.filter((draft) => inShard(relative(io.cwd, draft.file), args.shard!)) : drafts);
  const fixing = args.fix || args.fixDryRun;
  const cache = args.cache && !fixing ? new LintCache(path.resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_LOCATION)) : undefined;
  const localeOf = (draft: Draft) => args.locale ?? draft.config.locale ?? envLocale;
  const optionsFor = (draft: Draft, environment: LintEnvironment): LintOptions => ({
    rules,
    settings: draft.config.settings,
    locale: localeOf(draft),
    uri: draft.file,
    environment: { ...draft.config.environment, facts: draft.facts, ...environment },
    timeBudgetMs: args.timeBudgetMs,
  });

  // --cache: each draft's content hash, its run key (version, configuration, locale) and what the
  // last run kept of it; the digest of them all says whether anything changed since.
  const runKeys = new Map<string, string>();
  const runKey = (draft: Draft) => {
    // Drafts share configurations: serialise each one once, not once per draft.
    const json = JSON.stringify([io.version, localeOf(draft), [...draft.config.settings], draft.config.environment, draft.facts]);
    let key = runKeys.get(json);
    if (key === undefined) runKeys.set(json, (key = contentHash(json)));
    return key;
  };
  const keyed = new Map<Draft, KeyedDraft>(
    drafts.map((draft) => {
      const hash = cache ? contentHash(draft.text) : '';
      const key = cache ? runKey(draft) : '';
      return [draft, { draft, hash, key, stored: cache?.get(draft.file, hash, key) }];
    }),
  );
  const digest = cache ? contentHash(JSON.stringify([io.version, [...keyed.values()].map(({ draft, hash, key }) => [draft.file, hash, key])])) : '';
  // Nothing changed: the last run's cross-document findings still hold, so no index is needed.
  const unchanged = cache?.workspaceDigest === digest && [...keyed.values()].every(({ draft, stored }) => !reported.has(draft) || (stored?.findings && stored.workspaceFindings));

  const workspace = new WorkspaceIndex();
  const firstPass = unchanged ? new Map<Draft, LintResult>() : await runFirstPass({ keyed: [...keyed.values()], reported, fixing, cache, workspace, workers: args.workers, optionsFor });

  // Pass 2, for the drafts reported on: the cross-document checks, with the facts pass 1 kept
  // (no second parse); or, when fixing, whole lints until no fix applies.
  const reports: FileReport[] = [];
  for (const draft of drafts) {
    if (!reported.has(draft)) continue;
    const options = optionsFor(draft, { workspace });
    let text = draft.text;
    let result: LintResult;
    if (fixing) {
      text = fixUntilStable(draft.text, (current) => lint(current, options).findings).text;
      if (text !== draft.text) {
        const name = relative(io.cwd, draft.file);
        if (args.fixDryRun) io.stdout(createTwoFilesPatch(`a/${name}`, `b/${name}`, draft.text, text));
        else if (!writeIfUnchanged(draft.file, draft.text, text)) {
          complain(name, 'changed on disk while it was being fixed; not overwritten');
          text = draft.text;
        }
      }
      result = lint(text, options);
    } else if (unchanged) {
      const stored = keyed.get(draft)!.stored!;
      result = combine({ findings: stored.findings!, failures: stored.failures ?? [] }, { findings: stored.workspaceFindings!, failures: stored.workspaceFailures ?? [] });
    } else {
      const first = firstPass.get(draft)!;
      const known = workspace.get(draft.file);
      const second = first.refused ? undefined : lint(text, { ...options, pass: 'workspace', facts: known && sharedFactValues(known) });
      result = second ? combine(first, second) : first;
      if (second && !second.truncated) cache?.setWorkspaceFindings(draft.file, second.findings, second.failures);
    }
    if (result.refused) {
      complain(relative(io.cwd, draft.file), result.refused);
      continue;
    }
    if (result.truncated) {
      // A warning, not an input error: the findings shown are true, only incomplete.
      const { afterMs, skipped } = result.truncated;
      io.stderr(`copydesk: ${relative(io.cwd, draft.file)}: stopped after ${afterMs} ms (--time-budget ${args.timeBudgetMs}); skipped rules: ${skipped.join(', ')}\n`);
    }
    reports.push({
      file: draft.file,
      relative: relative(io.cwd, draft.file),
      cwd: io.cwd,
      findings: args.quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings,
      lines: new LineIndex(text),
      failures: result.failures,
    });
  }
  if (cache) cache.workspaceDigest = digest;
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

interface KeyedDraft {
  draft: Draft;
  /** Content hash and run key for --cache ('' without it). */
  hash: string;
  key: string;
  stored: CacheEntry | undefined;
}

/**
 * Pass 1, over every draft: the rules' own checks and, from the same parse,
 * the facts the cross-document index needs (added to `workspace`). A draft
 * only compared with (another shard's, or one about to be fixed) is parsed
 * for its facts alone; an unchanged one in --cache is not parsed at all.
 * Returns the own-check results of the drafts reported on.
 */
async function runFirstPass(run: {
  keyed: readonly KeyedDraft[];
  reported: ReadonlySet<Draft>;
  fixing: boolean;
  cache: LintCache | undefined;
  workspace: WorkspaceIndex;
  workers: number;
  optionsFor: (draft: Draft, environment: LintEnvironment) => LintOptions;
}): Promise<Map<Draft, LintResult>> {
  const { cache, workspace } = run;
  const results = new Map<Draft, LintResult>();
  const pending: Array<KeyedDraft & { task: FirstPassTask }> = [];
  for (const keyed of run.keyed) {
    const { draft, stored } = keyed;
    const checked = run.reported.has(draft) && !run.fixing;
    const revived = stored && reviveFacts(draft.file, stored.facts, new LineIndex(draft.text));
    if (revived && (!checked || stored.findings)) {
      workspace.add(revived);
      if (checked) results.set(draft, { findings: stored.findings!, failures: stored.failures ?? [] });
      continue;
    }
    const { settings, locale, environment, timeBudgetMs } = run.optionsFor(draft, {});
    pending.push({ ...keyed, task: { file: draft.file, text: draft.text, settings: settings!, environment: environment!, locale: locale!, timeBudgetMs, checked } });
  }
  const tasks = pending.map(({ task }) => task);
  const outcomes: FirstPassOutcome[] =
    run.workers > 1
      ? (await runOnWorkers(tasks, run.workers, WORKER_FILE)).map(({ result, facts }, i) => ({ result, document: facts && reviveFacts(tasks[i].file, facts, new LineIndex(tasks[i].text)) }))
      : tasks.map(checkDraft);
  pending.forEach(({ draft, hash, key, task }, i) => {
    const { result, document } = outcomes[i];
    if (document) workspace.add(document);
    if (task.checked) results.set(draft, result);
    // An incomplete result is not worth keeping: the next run may have more time.
    if (cache && document && !result.truncated) {
      cache.set(draft.file, { hash, key, facts: storeFacts(document), ...(task.checked ? { findings: result.findings, failures: result.failures } : {}) });
    }
  });
  return results;
}

/** Each draft with its configuration, read; undefined when a configuration is invalid (reported). */
function loadDrafts(files: readonly string[], args: CheckArgs, io: CheckIo, complain: (subject: string, reason: string) => void): Draft[] | undefined {
  const resolver = new ConfigResolver({ rules, explicitConfig: args.config, root: undefined });
  const drafts: Draft[] = [];
  for (const file of files) {
    let config: ResolvedConfig;
    let facts: FactsFile | undefined;
    try {
      config = resolver.forFile(file);
      facts = resolver.factsFor(file, config);
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr(`copydesk: invalid configuration: ${relative(io.cwd, error.file)}${error.line ? `:${error.line}` : ''}: ${error.key ? `${error.key}: ` : ''}${error.expected}\n`);
        return undefined;
      }
      throw error;
    }
    if (isIgnoredByConfig(config, file)) continue;
    const read = readDraft(file, config.maxFileSize);
    if (!read.ok) {
      complain(relative(io.cwd, file), read.reason);
      continue;
    }
    drafts.push({ file, text: read.text, config, facts });
  }
  return drafts;
}

/** One draft's two passes as one result, in the order a single lint gives. */
function combine(first: LintResult, second: LintResult): LintResult {
  const findings = [...first.findings, ...second.findings].sort(byPosition);
  const failures = [...first.failures, ...second.failures.filter((failure) => !first.failures.some((seen) => seen.ruleId === failure.ruleId))];
  const truncated = first.truncated || second.truncated
    ? { afterMs: (first.truncated?.afterMs ?? 0) + (second.truncated?.afterMs ?? 0), skipped: [...new Set([...(first.truncated?.skipped ?? []), ...(second.truncated?.skipped ?? [])])] }
    : undefined;
  return truncated ? { findings, failures, truncated } : { findings, failures };
}

function relative(cwd: string, file: string): string {
  const relativePath = path.relative(cwd, file) || path.basename(file);
  return relativePath.split(path.sep).join('/');
}

export type { Finding };
