/** Bundles scripts/bench/in-process.ts (TypeScript, the repo's own sources) and imports it. */
import path from 'node:path';
import { build } from 'esbuild';

export async function loadInProcess(repo = process.cwd()) {
  const outfile = path.join(repo, 'node_modules/.cache/copydesk/bench-in-process.mjs');
  await build({ entryPoints: [path.join(repo, 'scripts/bench/in-process.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  return import(`${outfile}?${Date.now()}`);
}
