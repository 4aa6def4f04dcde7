import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as esbuild from 'esbuild';

/**
 * zod's `z.locales` namespace holds every translation (about 260 KB); the domain's
 * messages are English, which zod registers from `locales/en.js` on its own.
 */
export const withoutZodLocales: esbuild.Plugin = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/zod/') ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** libphonenumber-js's `min` metadata parses and formats, at a third of the `max` size. */
export const smallPhoneMetadata = { 'libphonenumber-js': 'libphonenumber-js/min' };

const require = createRequire(import.meta.url);

/**
 * libphonenumber-js hands its metadata to every call, from a module that is one 82 KB
 * JavaScript object literal: each page that carries it parses and builds that object as it
 * starts (issue 16: the record page's startup script). In the browser the metadata ships as a
 * JSON string instead, parsed on the first phone number the page normalizes: a screen pop
 * whose card already holds its contact points never parses it.
 */
export const phoneMetadataOnFirstUse: esbuild.Plugin = {
  name: 'phone-metadata-on-first-use',
  setup(build) {
    build.onLoad({ filter: /libphonenumber-js[\\/]min[\\/]exports[\\/]withMetadataArgument\.js$/ }, async () => ({
      loader: 'js',
      contents: `const METADATA = ${JSON.stringify(await readFile(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'))};
let metadata;
export default function withMetadataArgument(func, args) {
  metadata = metadata || JSON.parse(METADATA);
  return func.apply(this, [...Array.prototype.slice.call(args), metadata]);
}`,
    }));
  },
};
