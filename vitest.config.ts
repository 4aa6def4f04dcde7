import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'emulator/**/*.test.ts', 'servicenow-app/component/**/*.test.{ts,js}', 'servicenow-app/build/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/**'],
    // Most files wait on servers and sockets, not the CPU: vitest's default (cores - 1) would run one file at a time on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
