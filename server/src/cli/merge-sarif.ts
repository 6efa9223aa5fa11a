/**
 * `copydesk merge-sarif a.sarif b.sarif …`: one SARIF log from the shards of
 * a CI matrix. Runs of the same tool are merged into one run (results
 * concatenated in argument order); the rules table is taken from the first.
 */
import { readFileSync } from 'node:fs';
import type * as Sarif from 'sarif';

export function mergeSarif(files: readonly string[]): string {
  const logs = files.map((file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Sarif.Log;
    } catch (error) {
      throw new Error(`${file}: not a readable SARIF file (${(error as Error).message.split('\n')[0]})`);
    }
  });
  const [first] = logs;
  if (!first?.runs?.[0]) throw new Error('no SARIF runs to merge');
  const run: Sarif.Run = { ...first.runs[0], results: [] };
  for (const log of logs) for (const each of log.runs ?? []) run.results!.push(...(each.results ?? []));
  return JSON.stringify({ ...first, runs: [run] }, null, 2) + '\n';
}
