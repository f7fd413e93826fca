import { defineConfig } from 'vitest/config';

// Unit tier: pure core and glue with the browser module replaced. Real browsers live in vitest.e2e.config.ts.
export default defineConfig({
  // build.mjs defines this for esbuild; the sources imported directly here run as the shipped build.
  define: { __TEST_BUILD__: 'false' },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
