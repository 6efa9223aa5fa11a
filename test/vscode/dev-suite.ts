/** Entry of the suite run against the repository (`extensionDevelopmentPath`). */
import { runMocha } from './run-mocha.js';
import { showProblemsForScreenshot } from './screenshot-scene.js';

export async function run(): Promise<void> {
  await runMocha(() => import('./extension.test.js'), showProblemsForScreenshot);
}
