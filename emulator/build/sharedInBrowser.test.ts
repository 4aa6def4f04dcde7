import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneMetadataOnFirstUse, smallPhoneMetadata } from './sharedInBrowser';

describe('phoneMetadataOnFirstUse', () => {
  let dir: string;
  let code: string;
  let normalize: (raw: string, region?: string) => string | null;

  beforeAll(async () => {
    // The domain's own phone rule, bundled for the browser as the LWC domain module is.
    const result = await esbuild.build({
      stdin: { contents: "export { normalizePhone } from './shared/phone/normalizePhone';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      alias: smallPhoneMetadata,
      plugins: [phoneMetadataOnFirstUse],
    });
    code = result.outputFiles[0].text;
    dir = await mkdtemp(join(tmpdir(), 'phone-metadata-'));
    await writeFile(join(dir, 'bundle.mjs'), code);
    ({ normalizePhone: normalize } = await import(pathToFileURL(join(dir, 'bundle.mjs')).href));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('ships the metadata as a JSON string, not as an object literal the page must build as it starts', () => {
    expect(code).toMatch(/["']\{\\?"version\\?":4,\\?"country_calling_codes/);
  });

  it('still normalizes numbers as the unbundled rule does', () => {
    expect(normalize('(415) 555-0101')).toBe('+14155550101');
    expect(normalize('0049 30 901820', 'DE')).toBe('+4930901820');
    expect(normalize('not a phone')).toBeNull();
  });
});
