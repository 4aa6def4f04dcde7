import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Signs in on the login page a local page sends to, and waits to be back on `path`. */
export async function signInAs(page: Page, origin: string, username: string, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForURL(/\/login/);
  await page.fill('#username', username);
  await page.fill('#password', 'emulator');
  await Promise.all([page.waitForURL((url) => url.pathname === path), page.click('button[type=submit]')]);
}

/** axe's serious and critical violations on the page; the CSP refuses injected script tags, so its source is evaluated. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => (window as unknown as { axe: { run(el: Element): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document.documentElement));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
