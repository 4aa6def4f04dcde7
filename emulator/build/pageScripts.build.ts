import { fileURLToPath } from 'node:url';
import { build, context, type BuildOptions } from 'esbuild';
import type { BuildStep } from './run';
import { phoneMetadataOnFirstUse, smallPhoneMetadata, withoutZodLocales } from './sharedInBrowser';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Served at `/assets/build/scripts/<name>.js`. */
export const PAGE_SCRIPTS_DIR = path('../pages/build/scripts');

/**
 * The local pages' own scripts. They call the contact-center API through the client in
 * `shared/contract` and read the desktop rules from `shared/desktop`, so a browser needs
 * them bundled; shared code (zod, the contract) goes into one chunk they all load.
 */
const ENTRIES = {
  softphone: path('../pages/common/client/softphone.js'),
  simulator: path('../pages/common/client/simulator.js'),
  'import-progress': path('../pages/tickets/client/importProgress.ts'),
  'ticket-suggestions': path('../pages/tickets/client/ticketSuggestions.ts'),
};

function options(): BuildOptions {
  return {
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: true,
    outdir: PAGE_SCRIPTS_DIR,
    chunkNames: 'chunks/[name]-[hash]',
    alias: smallPhoneMetadata,
    plugins: [withoutZodLocales, phoneMetadataOnFirstUse],
    logLevel: 'warning',
  };
}

const step: BuildStep = {
  title: 'Local pages’ scripts (softphone, simulator, import progress)',
  async run({ watch }) {
    if (!watch) {
      await build(options());
      return;
    }
    const ctx = await context(options());
    await ctx.watch();
  },
};

export default step;
