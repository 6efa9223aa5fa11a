import { defineConfig } from 'vitest/config';

// micromark and friends publish "development" builds full of assertions that
// make parsing several times slower, and vitest picks them unless NODE_ENV is
// production. Test what ships: esbuild's bundles use the production builds.
process.env.NODE_ENV = 'production';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/vscode/**', 'node_modules/**'],
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
