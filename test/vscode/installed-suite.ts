/** Entry of the suite run against the extension installed from the .vsix. */
import { runMocha } from './run-mocha.js';

export async function run(): Promise<void> {
  await runMocha(() => import('./installed.test.js'));
}
