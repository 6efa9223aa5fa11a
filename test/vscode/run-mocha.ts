/**
 * Runs a bundled mocha suite inside the VS Code extension host (the
 * `extensionTestsPath` contract: a module exporting `run()`). The test files
 * are loaded after mocha has installed its globals, and the counts are
 * printed as one line the outer runner reads.
 */
import Mocha from 'mocha';

export const SUMMARY_PREFIX = 'copydesk-vscode-suite:';

/**
 * The extension host forwards console output without applying printf
 * placeholders, so mocha's own reporters come out as "%d) %s"; this one
 * prints finished lines.
 */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('suite', (suite) => suite.title && console.log(suite.fullTitle()));
    runner.on('pass', (test) => console.log(`  ✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error: Error) => console.log(`  ✘ ${test.title}\n${indent(error.stack ?? String(error))}`));
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '      ');
}

export async function runMocha(loadTests: () => Promise<unknown>, afterAll?: () => Promise<void>): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: LineReporter });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  await loadTests();
  const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  // Counted once more here so an empty suite is a failure, not a silent pass.
  const failed = failures + (passes === 0 ? 1 : 0);
  console.log(`${SUMMARY_PREFIX} ${passes} passed, ${failed} failed`);
  await afterAll?.();
  if (failed > 0) throw new Error(`${failed} VS Code test(s) failed`);
}
