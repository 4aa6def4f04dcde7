import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { BuildStep } from './run';
import { smallPhoneMetadata, withoutZodLocales } from './sharedInBrowser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}force-app/main/default/lwc/customerCardDomain`;

/**
 * The decisions components ask for, and the contact-center API's one client with its event
 * types. `shared/index.ts` also re-exports the CRM adapters, ports and import rules, which a
 * component never uses (it reaches the CRM through Lightning Data Service): leaving them out
 * keeps the CRMs' HTTP clients out of the org.
 */
const DOMAIN_ENTRIES = [
  'vocabulary/ids',
  'vocabulary/channel',
  'vocabulary/crmRecord',
  'vocabulary/interaction',
  'vocabulary/link',
  'vocabulary/card',
  'phone/normalizePhone',
  'config/index',
  'relating/index',
  'links/index',
  'cards/index',
  'related/index',
  'create/index',
  'contract/client',
  'contract/events',
];

function entrySource(): string {
  return DOMAIN_ENTRIES.map((entry) => `export * from './shared/${entry}';`).join('\n');
}

/** A service module has no template; the platform wants it unexposed. */
const META = `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>62.0</apiVersion>
    <isExposed>false</isExposed>
    <description>Generated from shared/ by npm run build. Do not edit.</description>
</LightningComponentBundle>
`;

function options(): esbuild.BuildOptions {
  return {
    stdin: { contents: entrySource(), resolveDir: root, sourcefile: 'customerCardDomain.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // The platform cannot import npm packages: zod and libphonenumber-js go inside, and
    // the module (about 360 KB) stays well under the 1 MB a component file may hold.
    // https://developer.salesforce.com/docs/platform/lwc/guide/create-components-javascript.html
    alias: smallPhoneMetadata,
    plugins: [withoutZodLocales],
    banner: { js: '/* Generated from shared/ by `npm run build`; not committed, not edited by hand. */' },
    outfile: `${outDir}/customerCardDomain.js`,
    logLevel: 'warning',
  };
}

const step: BuildStep = {
  title: 'LWC domain module c/customerCardDomain',
  async run({ watch }) {
    await mkdir(outDir, { recursive: true });
    await writeFile(`${outDir}/customerCardDomain.js-meta.xml`, META);
    if (!watch) {
      await esbuild.build(options());
      return;
    }
    const context = await esbuild.context(options());
    await context.watch();
  },
};

export default step;
