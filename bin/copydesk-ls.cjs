#!/usr/bin/env node
'use strict';
// The language server is bundled into dist/ by `npm run build` (run automatically by `npm ci`).
try {
  require.resolve('../dist/server.cjs');
} catch {
  console.error('copydesk: dist/server.cjs is missing; run `npm run build` first.');
  process.exit(2);
}
require('../dist/server.cjs');
