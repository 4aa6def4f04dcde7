import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'emulator/**/*.test.ts', 'servicenow-app/component/**/*.test.{ts,js}', 'servicenow-app/build/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
