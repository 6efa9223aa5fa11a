/** Command-line arguments: parsed strictly, so a typo is a usage error (exit 2), not a silent default. */
import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types.js';
import { parseShard, type Shard } from './shard.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  command: 'check';
  inputs: string[];
  format: Format;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  locale?: Locale;
  color: boolean;
  output?: string;
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  /** Milliseconds one file's lint may take before its remaining rules are skipped (none by default). */
  timeBudgetMs?: number;
  /** Worker threads for the first pass; 1 lints in the main thread. */
  workers: number;
}

export type CliArgs =
  | CheckArgs
  | { command: 'rules'; format: 'stylish' | 'json'; locale?: Locale }
  | { command: 'merge-sarif'; inputs: string[]; output?: string }
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: copydesk <command> [options]

Commands:
  check [files|folders|globs…]  Lint Markdown drafts (default: every *.md under the current folder)
  rules                         List the rules: id, default severity, fixable, description
  merge-sarif <files…>          Merge the SARIF reports of several shards into one

Options for check:
  --format <stylish|json|sarif|github>  Output format (default: stylish)
  --fix                   Write safe fixes to the files (atomically)
  --fix-dry-run           Print the fixes as a unified diff; change nothing
  --config <file>         Use this config file for every draft
  --max-warnings <n>      Exit 1 when there are more than n warnings
  --quiet                 Report errors only
  --locale <en|vi>        Language of the messages (default: config, then $LANG)
  --output <file>         Write the report to a file instead of standard output
  --cache                 Reuse findings of unchanged files from the last run
  --cache-location <file> Where the cache lives (default: .copydesk-cache/cache.json)
  --shard <i/n>           Lint only the i-th of n deterministic shares of the files (CI matrices)
  --time-budget <ms>      Stop linting a file after ms milliseconds; its remaining rules are
                          skipped with a warning (default: no limit)
  --workers <n>           Lint on n worker threads (default: 1, the main thread; more pays
                          only on machines with spare cores: measure with npm run bench)
  --no-color              Plain output

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or input error.
`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        locale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'time-budget': { type: 'string' },
        workers: { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command = 'check', ...inputs] = positionals;
  const locale = values.locale === undefined ? undefined : oneOf('--locale', values.locale, ['en', 'vi'] as const);
  if (command === 'rules') {
    return { command: 'rules', format: values.format === 'json' ? 'json' : 'stylish', locale };
  }
  if (command === 'help') return { command: 'help' };
  if (command === 'merge-sarif') {
    if (inputs.length === 0) throw new UsageError('merge-sarif needs the SARIF files to merge');
    return { command: 'merge-sarif', inputs, output: values.output };
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; commands are check, rules and merge-sarif`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError('--shard takes i/n with 1 ≤ i ≤ n, such as 2/4');
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError('--max-warnings takes a whole number');
  const timeBudget = values['time-budget'];
  if (timeBudget !== undefined && !/^[1-9]\d*$/.test(timeBudget)) throw new UsageError('--time-budget takes a whole number of milliseconds, at least 1');
  const workers = values.workers ?? '1';
  if (!/^[1-9]\d*$/.test(workers) || Number(workers) > 64) throw new UsageError('--workers takes a whole number from 1 to 64');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  return {
    command: 'check',
    inputs,
    format: oneOf('--format', values.format ?? 'stylish', FORMATS),
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    config: values.config,
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    quiet: values.quiet ?? false,
    locale,
    color: values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR)),
    output: values.output,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    shard,
    timeBudgetMs: timeBudget === undefined ? undefined : Number(timeBudget),
    workers: Number(workers),
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}
