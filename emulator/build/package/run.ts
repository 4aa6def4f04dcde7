import { cp, mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageComponent } from '../../../servicenow-app/build/componentPackage';
import { builtRecords, packageApp } from '../../../servicenow-app/build/sdkPackage';
import { packageSalesforce } from './salesforce';
import { zipEntries } from './zipEntries';

const out = fileURLToPath(new URL('../../../dist/packages/', import.meta.url));

/** The ServiceNow app's zip must carry every system property, each with its sys_id. */
async function checkServiceNowZip(zip: string): Promise<string[]> {
  const entries = await zipEntries(zip);
  const properties = await builtRecords('sys_properties');
  const problems = properties.length ? [] : ['the ServiceNow app builds no system property'];
  for (const { file, xml } of properties) {
    if (!entries.some((entry) => entry.endsWith(file))) problems.push(`${basename(zip)} lacks ${file}`);
    const sysId = /<sys_id>([0-9a-f]{32})<\/sys_id>/.exec(xml)?.[1];
    const name = /<name>([^<]+)<\/name>/.exec(xml)?.[1];
    if (!sysId) problems.push(`${file} has no sys_id`);
    else console.log(`[package]   sys_properties ${name} sys_id ${sysId}`);
  }
  return problems;
}

/**
 * `npm run package`: the two packages an admin installs, into dist/packages/. Fails on any problem,
 * including every error or warning the vendors' tools print.
 */
async function main() {
  await mkdir(out, { recursive: true });
  const problems: string[] = [];

  problems.push(...(await packageSalesforce(join(out, 'salesforce'))));
  console.log('[package] Salesforce metadata with package.xml: dist/packages/salesforce');

  problems.push(...(await packageComponent(join(out, 'servicenow-component'))));
  console.log('[package] ServiceNow UI component (snc ui-component project): dist/packages/servicenow-component');

  const app = await packageApp();
  problems.push(...app.problems);
  if (app.zip) {
    await cp(app.zip, join(out, basename(app.zip)));
    console.log(`[package] ServiceNow app install zip: dist/packages/${basename(app.zip)}`);
    problems.push(...(await checkServiceNowZip(app.zip)));
  }

  if (problems.length) {
    console.error(`[package] failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const version = JSON.parse(await readFile(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')).version;
  console.log(`[package] customer-card ${version}: both packages built without error or warning`);
}

main().catch((error) => {
  console.error('[package] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
