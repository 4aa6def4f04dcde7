import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { transform } from 'esbuild';
import { rollup, watch as rollupWatch, type Plugin, type RollupOptions } from 'rollup';
import domainStep from './lwcDomain.build';
import { addClassesIn, emptyUsage, sldsSubset } from './sldsSubset';
import type { LightningChunks } from '../pages/salesforce/lightningChunks';
import type { BuildStep } from './run';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LWC_DIR = `${root}force-app/main/default/lwc`;
const PAGE_DIR = `${root}emulator/pages/salesforce`;
/** The framework-free softphone every local page embeds; the console's utility bar holds it. */
const SOFTPHONE_DIR = `${root}emulator/pages/common/client`;
export const LIGHTNING_BUILD_DIR = `${root}emulator/pages/build/lightning`;

/** SFDX keeps bundles flat under `lwc/` with the implicit `c` namespace: one alias each. */
function componentModules() {
  return readdirSync(LWC_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${LWC_DIR}/${d.name}/${d.name}.js`))
    .map((d) => ({ name: `c/${d.name}`, path: `${LWC_DIR}/${d.name}/${d.name}.js` }));
}

/**
 * `@salesforce/schema/Task.WhoId` is resolved by the platform at deploy time; on the local
 * page it becomes the same plain reference object the platform hands to components.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-salesforce-modules.html
 */
const salesforceSchema: Plugin = {
  name: 'salesforce-schema',
  resolveId: (id) => (id.startsWith('@salesforce/schema/') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0@salesforce/schema/')) return null;
    const [objectApiName, ...field] = id.slice('\0@salesforce/schema/'.length).split('.');
    const reference = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
    return `export default ${JSON.stringify(reference)};`;
  },
};

/**
 * The utility bar's softphone and the card share one contact-center client: the softphone's
 * import of `shared/contract/client` resolves to the generated domain module, which carries
 * that same client, so zod and the contract ship once per page instead of twice. The few
 * other `shared/` modules the softphone imports are TypeScript, compiled here by esbuild.
 */
const softphoneOnDomainModule: Plugin = {
  name: 'softphone-on-domain-module',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const target = resolvePath(dirname(importer), source);
    if (importer.startsWith(SOFTPHONE_DIR) && target === `${root}shared/contract/client`) return this.resolve('c/customerCardDomain', importer, { skipSelf: true });
    // TypeScript imports name no extension.
    if (target.startsWith(`${root}shared/`) && existsSync(`${target}.ts`)) return `${target}.ts`;
    return null;
  },
  async transform(code, id) {
    if (!id.startsWith(`${root}shared/`) || !id.endsWith('.ts')) return null;
    const result = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' });
    return { code: result.code, map: null };
  },
};

/** Every chunk minified by esbuild: the page ships a quarter of the bytes (issue 16). */
const minify: Plugin = {
  name: 'minify',
  async renderChunk(code) {
    const result = await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
    return { code: result.code, map: null };
  },
};

/** Where the build lists each page's chunks, for the page to preload them (`lightningChunks.ts` reads it). */
export const PAGE_CHUNKS_FILE = 'page-chunks.json';

/**
 * Every chunk a page's entry imports, however deep, and the chunks the entry itself loads later
 * (`import()` in the entry: the record page, mounted after the card): the page names them in
 * `<link rel="modulepreload">`, so the browser fetches them with the entry instead of one
 * level of imports after another. What the components load on demand (the card's dialogs) is
 * left out: most pages never open one.
 */
const pageChunks: Plugin = {
  name: 'page-chunks',
  generateBundle(_options, bundle) {
    const importsOf = (fileName: string, seen = new Set<string>()): Set<string> => {
      const chunk = bundle[fileName];
      if (chunk?.type !== 'chunk' || seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const imported of chunk.imports) importsOf(imported, seen);
      return seen;
    };
    const pages = Object.values(bundle).filter((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    const chunksOf = (page: (typeof pages)[number]): LightningChunks => {
      const startup = importsOf(page.fileName);
      const later = new Set<string>();
      if (page.type === 'chunk') for (const loadedLater of page.dynamicImports) importsOf(loadedLater, later);
      return { startup: [...startup], later: [...later].filter((fileName) => !startup.has(fileName)) };
    };
    const listing = Object.fromEntries(pages.map((page) => [page.name, chunksOf(page)]));
    this.emitFile({ type: 'asset', fileName: PAGE_CHUNKS_FILE, source: JSON.stringify(listing, null, 2) });
  },
};

/** The softphone's own styles, which every local page with a softphone links (`/assets/softphone.css`). */
const SOFTPHONE_STYLESHEET = `${SOFTPHONE_DIR}/softphone.css`;
/** Where the build writes the console's SLDS subset, with the softphone's styles (`lightningPage.ts` links it). */
export const SLDS_SUBSET_FILE = 'slds.css';
const SLDS = `${root}node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css`;
/** The console's markup written on the server (header, utility bar, page frames, sign-out button). */
const PAGE_MARKUP = [...readdirSync(`${root}emulator/pages/salesforce`).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${root}emulator/pages/salesforce/${f}`), `${root}emulator/pages/common/html.ts`];

/**
 * SLDS with only the rules the console can use: the classes named in every chunk the pages
 * can load (the card, the record page, the softphone, the base components, the dialogs loaded
 * on demand) and in the server's markup, and every class a prefix built at run time can
 * complete. All of SLDS is 964 KB the page parses and matches against before the card's
 * scripts run (issue 16).
 */
const sldsSubsetAsset: Plugin = {
  name: 'slds-subset',
  buildStart() {
    // `npm start` rebuilds the subset when the server's markup changes too.
    for (const file of [...PAGE_MARKUP, SOFTPHONE_STYLESHEET]) this.addWatchFile(file);
  },
  generateBundle(_options, bundle) {
    const usage = emptyUsage();
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') addClassesIn(chunk.code, usage);
    for (const file of PAGE_MARKUP) addClassesIn(readFileSync(file, 'utf8'), usage);
    // The utility bar's softphone styles come in the same file: one stylesheet request less before the page renders.
    const softphone = readFileSync(SOFTPHONE_STYLESHEET, 'utf8');
    this.emitFile({ type: 'asset', fileName: SLDS_SUBSET_FILE, source: `${sldsSubset(readFileSync(SLDS, 'utf8'), usage)}\n${softphone}` });
  },
};

/**
 * One entry per page kind, so a list view or search results never load the customer card;
 * code they share lands in common chunks (issue 16: split per page).
 */
export const LIGHTNING_PAGES = ['home', 'record', 'list', 'search'] as const;

function options(): RollupOptions {
  return {
    input: Object.fromEntries(LIGHTNING_PAGES.map((name) => [name, `${PAGE_DIR}/client/${name}.js`])),
    plugins: [
      salesforceSchema,
      softphoneOnDomainModule,
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' } }),
      lwc({
        rootDir: `${PAGE_DIR}/client`,
        modules: [...componentModules(), { dir: `${PAGE_DIR}/shims` }, { dir: `${PAGE_DIR}/shell` }, { npm: 'lightning-base-components' }],
        disableSyntheticShadowSupport: true,
        // The card loads its dialogs on demand (`<lwc:component lwc:is>`), as in an org.
        enableDynamicComponents: true,
      }),
      nodeResolve(),
      minify,
      pageChunks,
      sldsSubsetAsset,
    ],
    onwarn(warning, warn) {
      // A missing shim must fail the build, not the agent's page at run time.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`unresolved import ${warning.exporter} in ${warning.id}`);
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      // The base components' own template notes are not ours to fix.
      if (warning.id?.includes('/node_modules/lightning-base-components/')) return;
      warn(warning);
    },
    output: { dir: LIGHTNING_BUILD_DIR, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  };
}

/** The local Lightning page: the real components from `force-app` with the local shims. */
const step: BuildStep = {
  title: 'Local Lightning page bundle',
  async run({ watch }) {
    // The components import the generated domain module; build it first whatever the order.
    await domainStep.run({ watch: false });
    const config = options();
    if (watch) {
      // The page keeps serving the last bundle while the watcher rebuilds over it.
      const watcher = rollupWatch({ ...config, watch: { include: [`${LWC_DIR}/**`, `${PAGE_DIR}/**`, `${SOFTPHONE_DIR}/**`, `${root}shared/**`, ...PAGE_MARKUP] } });
      watcher.on('event', (event) => {
        if (event.code === 'ERROR') console.error('[build] Lightning page:', event.error.message);
        if ('result' in event && event.result) event.result.close();
      });
      return;
    }
    await rm(LIGHTNING_BUILD_DIR, { recursive: true, force: true });
    const bundle = await rollup(config);
    try {
      await bundle.write(config.output as never);
    } finally {
      await bundle.close();
    }
  },
};

export default step;
