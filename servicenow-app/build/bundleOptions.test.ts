import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serviceNowBundleOptions } from './bundleOptions';

const packagesIn = (inputs: string[]) => [...new Set(inputs.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean))].sort();

describe('the Next Experience bundle of the customer card', () => {
  it('ships ui-core without ajv (its production schema checks are off) and the contract without zod', async () => {
    const result = await build({
      ...serviceNowBundleOptions([fileURLToPath(new URL('../component/src/index.ts', import.meta.url))]),
      write: false,
      metafile: true,
      outdir: 'out',
    });
    const packages = packagesIn(Object.keys(result.metafile.inputs));
    expect(packages).toContain('@servicenow/ui-core');
    expect(packages).not.toContain('ajv');
    expect(packages).not.toContain('zod');
  });
});
