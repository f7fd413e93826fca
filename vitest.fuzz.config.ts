import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the property tests over the core with many more runs than `npm test` gives them
// (FUZZ_RUNS, default 10,000 here; the deep-page property runs a tenth of that).
process.env.FUZZ_RUNS ??= '10000';

export default defineConfig({
  // build.mjs defines this for esbuild; the sources imported directly here run as the shipped build.
  define: { __TEST_BUILD__: 'false' },
  test: {
    include: ['test/unit/core-fuzz.test.ts'],
    environment: 'node',
    testTimeout: 0,
  },
});
