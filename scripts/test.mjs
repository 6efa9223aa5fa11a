/**
 * `npm test`: runs vitest (its global setup builds the bundles that the CLI
 * and server tests run as real processes), and ends with a plain "N passed, N failed" line
 * that any CI can read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const status = run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`\nvitest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
} catch {
  console.log('\nvitest: 0 passed, 1 failed (no report was written)');
  process.exit(status || 1);
}
process.exit(status);
