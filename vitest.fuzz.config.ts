import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the same properties as the unit sample, at 10,000 cases each.
export default defineConfig({
  test: {
    include: ['test/unit/core-fuzz.test.ts'],
    environment: 'node',
    testTimeout: 30 * 60_000,
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' },
  },
});
