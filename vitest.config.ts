import { defineConfig } from 'vitest/config';

// Unit tier: pure core and glue with the browser module replaced. Real browsers live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
