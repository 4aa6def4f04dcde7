import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lwcDomain from '../lwcDomain.build';

// package.json overrides undici to 7 for @salesforce/core's jsforce-node: undici 8 needs Node 22.
const require = createRequire(import.meta.url);
const { ComponentSet, MetadataConverter } = require('@salesforce/source-deploy-retrieve') as typeof import('@salesforce/source-deploy-retrieve');

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * force-app in the Metadata API format with its package.xml
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deploy.htm), converted
 * by the Salesforce CLI's own library. The generated `c/customerCardDomain` module is built first:
 * five components import it and a bare clone does not have it.
 */
export async function packageSalesforce(outdir: string): Promise<string[]> {
  await lwcDomain.run({ watch: false });
  await rm(outdir, { recursive: true, force: true });
  const set = ComponentSet.fromSource(join(root, 'force-app'));
  const result = await new MetadataConverter().convert(set, 'metadata', { type: 'directory', outputDirectory: outdir, genUniqueDir: false });
  const problems: string[] = [];
  if (!result.converted?.length) problems.push('source-deploy-retrieve converted nothing');
  const manifest = existsSync(join(outdir, 'package.xml')) ? await readFile(join(outdir, 'package.xml'), 'utf8') : '';
  if (!manifest) problems.push('no package.xml');
  for (const member of ['customerCard', 'customerCardDomain', 'Customer_Card_Agent', 'Customer_Card_Integration']) {
    if (!manifest.includes(`<members>${member}</members>`)) problems.push(`package.xml lists no ${member}`);
  }
  return problems;
}
