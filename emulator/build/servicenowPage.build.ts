import { fileURLToPath } from 'node:url';
import { build, context } from 'esbuild';
import { serviceNowBundleOptions } from '../../servicenow-app/build/bundleOptions';
import type { BuildStep } from './run';
import { phoneMetadataOnFirstUse, smallPhoneMetadata, withoutZodLocales } from './sharedInBrowser';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The Agent Workspace page's bundle: the workspace shell plus the Next Experience customer card. */
const step: BuildStep = {
  title: 'ServiceNow workspace page',
  async run({ watch }) {
    const base = serviceNowBundleOptions([path('../pages/servicenow/client/workspace.ts')]);
    const options = {
      ...base,
      // The page's contact-center client brings zod and the config's phone rules along.
      alias: { ...base.alias, ...smallPhoneMetadata },
      plugins: [...(base.plugins ?? []), withoutZodLocales, phoneMetadataOnFirstUse],
      outdir: path('../pages/build/servicenow'),
      minify: true,
      sourcemap: true,
    };
    if (!watch) {
      await build(options);
      return;
    }
    const ctx = await context(options);
    await ctx.watch();
  },
};

export default step;
