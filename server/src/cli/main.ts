/**
 * The `copydesk` command: a thin shell around the engine. Every failure it
 * expects (usage, config, input) is one line on stderr and exit code 2.
 */
import { localeFromTag } from '../engine/messages.js';
import { parseCliArgs, UsageError, USAGE } from './args.js';
import { runCheck } from './check.js';
import { formatRules } from './rules-command.js';
import { mergeSarif } from './merge-sarif.js';
import { writeFileSync } from 'node:fs';
import packageJson from '../../../package.json' with { type: 'json' };

export async function main(argv: readonly string[]): Promise<number> {
  const stdout = (text: string) => void process.stdout.write(text);
  const stderr = (text: string) => void process.stderr.write(text);
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        stdout(USAGE);
        return 0;
      case 'version':
        stdout(`${packageJson.version}\n`);
        return 0;
      case 'rules':
        stdout(formatRules(args.format, args.locale ?? localeFromTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG)));
        return 0;
      case 'merge-sarif': {
        let merged: string;
        try {
          merged = mergeSarif(args.inputs);
        } catch (error) {
          stderr(`copydesk: ${(error as Error).message}\n`);
          return 2;
        }
        if (args.output) writeFileSync(args.output, merged);
        else stdout(merged);
        return 0;
      }
      case 'check':
        return await runCheck(args, { cwd: process.cwd(), stdout, stderr, version: packageJson.version });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`copydesk: ${error.message}\nRun "copydesk --help" for usage.\n`);
      return 2;
    }
    stderr(`copydesk: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.COPYDESK_DEBUG) stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // Let pending stdout writes drain before exiting (large SARIF reports over a pipe).
    process.exitCode = code;
  },
);
