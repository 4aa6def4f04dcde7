import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { defaultConfig } from '../../shared/config/parseConfig';
import type { BuildStep } from './run';
import { phoneMetadataOnFirstUse, smallPhoneMetadata, withoutZodLocales } from './sharedInBrowser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}force-app/main/default/lwc/customerCardDomain`;

/**
 * What the components import from `c/customerCardDomain`, by the `shared/` module that holds
 * it, and nothing more (tests/pages/lwcDomain.test.ts keeps this list equal to the imports):
 * the module ships in every record page, and an export nobody imports still costs its code
 * (zod schemas, for one, cannot be dropped by tree-shaking). The CRMs' adapters stay out: a
 * component reaches the CRM through Lightning Data Service.
 */
/** The configuration's defaults, computed by the schema at build time and shipped as a literal. */
const CONFIG_DEFAULTS = 'config/buildTimeDefaults';

export const DOMAIN_EXPORTS: Record<string, string[]> = {
  'vocabulary/channel': ['CHANNEL_LABELS', 'isDigital'],
  'vocabulary/interaction': ['interactionStateLabel'],
  'vocabulary/crmRecord': ['recordKey', 'sameRecord'],
  // Written by the build (below), not a file of shared/: the defaults as data, and no parser.
  [CONFIG_DEFAULTS]: ['configOverDefaults'],
  'cards/identityPoint': ['contactIdentityPoints'],
  'relating/autoRelate': ['autoRelation', 'choseManually', 'initialRelateMode'],
  'relating/clearRelation': ['decideClear'],
  'relating/salesforceRelation': ['decideRelation'],
  'relating/relatable': ['relatableRecords'],
  'related/expansionPlan': ['expansionPlan'],
  'related/recordFacts': ['isPersonLevel'],
  'related/orderRelated': ['orderRelated'],
  'create/prefill': ['allowedCreateTypes', 'prefillForm'],
  'create/caller': ['callerOf'],
  'create/formLayout': ['createFormFields'],
  // The contact-center API's one client, and the error it throws.
  'contract/client': ['createCcClient', 'CcApiError'],
};

/**
 * The card reads the configuration the service sends (checked there) over these defaults, so
 * that zod, which only the schema's parse needs, stays out of every record page (193 KB).
 */
const configDefaultsModule: esbuild.Plugin = {
  name: 'config-defaults',
  setup(build) {
    build.onResolve({ filter: new RegExp(`/${CONFIG_DEFAULTS}$`) }, (args) => ({ path: args.path, namespace: 'config-defaults' }));
    build.onLoad({ filter: /.*/, namespace: 'config-defaults' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: `import { overDefaults } from './shared/config/overDefaults';
const DEFAULTS = ${JSON.stringify(defaultConfig())};
export const configOverDefaults = (sent) => overDefaults(DEFAULTS, sent);`,
    }));
  },
};

function entrySource(): string {
  return Object.entries(DOMAIN_EXPORTS)
    .map(([module, names]) => `export { ${names.join(', ')} } from './shared/${module}';`)
    .join('\n');
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
    // the module (about 370 KB) stays well under the 1 MB a component file may hold.
    // https://developer.salesforce.com/docs/platform/lwc/guide/create-components-javascript.html
    alias: smallPhoneMetadata,
    plugins: [withoutZodLocales, phoneMetadataOnFirstUse, configDefaultsModule],
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
