import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * ui-core's renderer imports `snabbdom/build/package/<x>`, which snabbdom 2.1's `exports` map
 * hides; resolve those deep imports to the files themselves (TOOLCHAIN.md).
 */
const snabbdomDeepImports: Plugin = {
  name: 'snabbdom-deep-imports',
  setup(build) {
    // `snabbdom/h` is exported and lives in build/package/, the folder the deep imports name.
    const packageDir = dirname(require.resolve('snabbdom/h'));
    build.onResolve({ filter: /^snabbdom\/build\/package\// }, (args) => {
      const file = join(packageDir, `${args.path.slice('snabbdom/build/package/'.length)}.js`);
      return existsSync(file) ? { path: file } : { errors: [{ text: `snabbdom has no ${args.path}` }] };
    });
  },
};

/**
 * ui-core compiles JSON Schemas with ajv only while its `validateSchemas` setting is on, which
 * its production configuration turns off (and properties, actions and contexts are checked only
 * outside `NODE_ENV=production`); otherwise it uses `{ compile: () => () => true }`. This bundle
 * is production, so ui-core's ajv module becomes that very object: ajv and its dependencies
 * (about 125 KB minified) are neither shipped nor evaluated.
 */
const uiCoreWithoutAjv: Plugin = {
  name: 'ui-core-without-ajv',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/ajv$/ }, (args) =>
      /@servicenow\/ui-core\/module\/utils\/schema\/build$/.test(args.resolveDir) ? { path: 'ui-core-ajv', namespace: 'ui-core-without-ajv' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'ui-core-without-ajv' }, () => ({ contents: 'export default { compile: () => () => true };', loader: 'js' }));
  },
};

/** esbuild settings for Next Experience components: one ESM bundle per entry, `shared/` inlined. */
export function serviceNowBundleOptions(entryPoints: string[]): BuildOptions {
  return {
    entryPoints,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    // The runtime reads `process.env.UNSAFE_*` flags; give it an empty environment.
    define: { 'process.env.NODE_ENV': '"production"', 'process.env': '{}' },
    jsx: 'transform',
    jsxFactory: 'createElement',
    jsxFragment: 'Fragment',
    loader: { '.js': 'jsx', '.css': 'text' },
    mainFields: ['module', 'browser', 'main'],
    plugins: [snabbdomDeepImports, uiCoreWithoutAjv],
    logLevel: 'silent',
  };
}
