import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the property tests over the core with many more runs than `npm test` gives them
// (FUZZ_RUNS, default 10,000 here; the deep-page property runs a tenth of that).
process.env.FUZZ_RUNS ??= '10000';

export default defineConfig({
  test: {
    include: ['test/unit/core-fuzz.test.ts'],
    environment: 'node',
    testTimeout: 0,
  },
});
