import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Where a browser test puts its screenshots: the README's folder only under
 * `npm run screenshots` (SCREENSHOTS=1), so `npm test` never rewrites tracked files;
 * otherwise `.data/screenshots/`, to look at after a run.
 */
export const SCREENSHOT_DIR = process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : '.data/screenshots';

export async function screenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await target.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), ...options });
}
