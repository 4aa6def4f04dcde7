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
