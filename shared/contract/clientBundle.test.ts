import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the contact-center client in a browser bundle', () => {
  it('carries no zod: the route table and the types are all it takes from the contract', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./client.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
    expect(inputs.filter((file) => /shared\/contract\/(contract|events|common|admin)\.ts$/.test(file))).toEqual([]);
  });
});
