import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
if (!hasChromium) {
  console.warn(`[e2e] ${chromium} is missing: browser tests are skipped (install Debian's chromium, as .ci/run does, to run them).`);
}

/** Browser runs in Debian's Chromium: one file at a time, generous timeouts. */
export default defineConfig({
  test: {
    include: hasChromium ? ['tests/e2e/**/*.e2e.test.ts'] : [],
    passWithNoTests: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
