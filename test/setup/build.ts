/** Builds dist/ once before the suite: CLI and server tests run the bundles as real processes. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
