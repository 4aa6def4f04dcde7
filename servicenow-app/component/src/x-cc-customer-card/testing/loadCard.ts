import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Registers the card in the test's DOM from the same esbuild bundle the page uses: ui-core's
 * CommonJS build needs Babel's runtime and its renderer deep-imports snabbdom, which vitest cannot
 * load without config. esbuild refuses to run inside jsdom, so the bundle is built by a child process.
 */
export async function loadCard(): Promise<{ whenComponentIsIdle(element: Element): Promise<void> }> {
  // Inside the project so vitest's resolver finds it; .mjs so it loads as ESM.
  const dir = here('../../../../../node_modules/.cache/x-cc-customer-card');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `card-${process.pid}.mjs`);
  execFileSync(process.execPath, ['--import', 'tsx', here('../../../../build/bundleCli.ts'), here('./entry.ts'), outfile], { stdio: 'pipe' });
  return import(/* @vite-ignore */ outfile);
}
