import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { BuildStep } from './run';

const path = (from: string) => fileURLToPath(new URL(from, import.meta.url));

/** Where the compiled service goes (gitignored): `npm run serve` runs it with node, not tsx. */
export const SERVER_DIR = path('../../dist/server');

/** The production commands (issue 22): the service, its first admin, its migrations. */
const ENTRIES = {
  serve: path('../serve/main.ts'),
  'admin-create': path('../serve/createAdmin.ts'),
  'db-migrate': path('../store/postgres/migrateCli.ts'),
};

/**
 * Modules find their data files next to themselves (`new URL('./story', import.meta.url)`).
 * In one bundle every module would share the bundle's address, so each module's
 * `import.meta.url` becomes its own source file's address, relative to the bundle: the
 * compiled service reads the same files from the checkout it was built in.
 */
const ownImportMetaUrl = (outdir: string): Plugin => ({
  name: 'own-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const own = relative(outdir, args.path).split('\\').join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
});

/** Compiles the production commands into `outdir`, which must lie in the checkout (its node_modules are theirs). */
export async function buildServer(outdir = SERVER_DIR): Promise<void> {
  await build({
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules, loaded as they are; only the project's code is compiled.
    packages: 'external',
    sourcemap: true,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [ownImportMetaUrl(outdir)],
    logLevel: 'warning',
  });
}

const step: BuildStep = {
  title: 'Compiled service (dist/server: serve, admin:create, db:migrate)',
  // Built once even with --watch: `npm start` runs the emulator through tsx, not this build.
  run: () => buildServer(),
};

export default step;
