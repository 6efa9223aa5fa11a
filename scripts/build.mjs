/**
 * Bundles the CLI, the language server and the VS Code client into single
 * CommonJS files under dist/ with esbuild. Entries that do not exist yet are
 * skipped, so the build works at every step of the project's growth.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'server/src/cli/first-pass-worker.ts', out: 'dist/cli-worker.cjs' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.cjs' },
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs', external: ['vscode'] },
];

const watch = process.argv.includes('--watch');
await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in))
    .map((entry) =>
      build({
        entryPoints: [entry.in],
        outfile: entry.out,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: true,
        minify: !watch,
        keepNames: true,
        external: entry.external ?? [],
        // import.meta.url has no CJS meaning; give bundled code the file's own URL.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
        logLevel: 'warning',
      }),
    ),
);
