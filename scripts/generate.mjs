// Bundles scripts/generate.ts with esbuild (the rules are TypeScript) and runs it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

mkdirSync('node_modules/.cache/copydesk', { recursive: true });
const outfile = 'node_modules/.cache/copydesk/generate.mjs';
await build({ entryPoints: ['scripts/generate.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { generate } = await import(pathToFileURL(outfile).href);
generate();
console.log('wrote schema/copydesk.schema.json and the rule table in README.md');
