import { defineConfig } from 'vitest/config';

/** Browser runs in Debian's Chromium: one file at a time, generous timeouts. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
