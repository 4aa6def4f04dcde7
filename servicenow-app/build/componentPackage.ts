import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serviceNowBundleOptions } from './bundleOptions';

const component = fileURLToPath(new URL('../component/', import.meta.url));

/** Imports the packaged entry may keep: what `snc ui-component deploy` bundles from the project's dependencies. */
const external = ['@servicenow/*'];

/**
 * The component sub-project as `snc ui-component deploy` expects it (package.json and now-ui.json at
 * the root, the entry in src/index.js), with the TypeScript sources and `shared/` compiled into that
 * one entry: the snc CLI is not on npm, so the project builds and checks the bundle itself.
 * Returns the problems found; an empty list means the package is complete.
 */
export async function packageComponent(outdir: string): Promise<string[]> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'src'), { recursive: true });
  const manifest = JSON.parse(await readFile(join(component, 'package.json'), 'utf8'));
  const nowUi = JSON.parse(await readFile(join(component, 'now-ui.json'), 'utf8'));

  const result = await build({
    ...serviceNowBundleOptions([join(component, 'src/index.ts')]),
    outfile: join(outdir, 'src/index.js'),
    external,
    metafile: true,
    logLevel: 'silent',
  });
  const problems = [...result.errors, ...result.warnings].map((m) => `esbuild: ${m.text}`);

  const imported = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
  const packageOf = (path: string) => path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/');
  for (const path of imported) {
    if (!manifest.dependencies?.[packageOf(path)]) problems.push(`src/index.js imports ${path}, which package.json does not declare`);
  }
  // ui-core validates properties with ajv 6 at run time but lists it only as a devDependency.
  if (!manifest.dependencies?.ajv?.match(/^\^?6\./)) problems.push('package.json must declare ajv 6 (ui-core needs it at run time)');

  const bundle = await readFile(join(outdir, 'src/index.js'), 'utf8');
  for (const tag of Object.keys(nowUi.components ?? {})) {
    if (!bundle.includes(`"${tag}"`)) problems.push(`now-ui.json declares ${tag}, which the bundle does not register`);
  }
  if (!Object.keys(nowUi.components ?? {}).length) problems.push('now-ui.json declares no component');

  await writeFile(join(outdir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(join(component, 'now-ui.json'), join(outdir, 'now-ui.json'));
  return problems;
}
