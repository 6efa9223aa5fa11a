#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build` (run automatically by `npm ci`).
try {
  require.resolve('../dist/cli.cjs');
} catch {
  console.error('copydesk: dist/cli.cjs is missing; run `npm run build` first.');
  process.exit(2);
}
require('../dist/cli.cjs');
