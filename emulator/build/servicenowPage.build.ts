import { fileURLToPath } from 'node:url';
import { build, context } from 'esbuild';
import { serviceNowBundleOptions } from '../../servicenow-app/build/bundleOptions';
import type { BuildStep } from './run';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The Agent Workspace page's bundle: the workspace shell plus the Next Experience customer card. */
const step: BuildStep = {
  title: 'ServiceNow workspace page',
  async run({ watch }) {
    const options = {
      ...serviceNowBundleOptions([path('../pages/servicenow/client/workspace.ts')]),
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
