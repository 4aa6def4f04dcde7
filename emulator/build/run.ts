import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One generated artefact (the LWC domain module, a local page bundle). */
export interface BuildStep {
  title: string;
  /** Builds once; with `watch`, keeps rebuilding on change until the process ends. */
  run(options: { watch: boolean }): Promise<void>;
}

/**
 * `npm run build` (also run by `npm install`): every `emulator/build/*.build.ts`.
 * `--watch` keeps them rebuilding (used by `npm start`).
 */
async function main() {
  const watch = process.argv.includes('--watch');
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.build.ts')).sort();
  for (const file of files) {
    const step: BuildStep = (await import(new URL(file, import.meta.url).href)).default;
    const started = performance.now();
    await step.run({ watch });
    console.log(`[build] ${step.title} in ${Math.round(performance.now() - started)} ms${watch ? ' (watching)' : ''}`);
  }
}

main().catch((error) => {
  console.error('[build] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
