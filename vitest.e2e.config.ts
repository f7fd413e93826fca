import { defineConfig } from 'vitest/config';

// End-to-end tier: the built test extension in real Chromium and Firefox ESR. One browser at a time:
// this machine has two cores and browsers are heavy.
export default defineConfig({
  // build.mjs defines this for esbuild; the sources imported directly here run as the shipped build.
  define: { __TEST_BUILD__: 'false' },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
