import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** axe over the whole page: each serious or critical violation as "rule at first target". */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // The page's CSP refuses injected script tags; evaluating axe's source is how a test tool gets in.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe.run(document));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes[0]?.target.join(' ')}`);
}

/** How many pixels the page scrolls sideways: 0 when it fits the window. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
