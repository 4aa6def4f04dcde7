import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';

// package.json overrides undici to 7 for @salesforce/core's jsforce-node: undici 8 needs Node 22.
const require = createRequire(import.meta.url);
const { ComponentSet, MetadataConverter } = require('@salesforce/source-deploy-retrieve') as typeof import('@salesforce/source-deploy-retrieve');

const outputs: string[] = [];
afterAll(async () => {
  for (const dir of outputs) await rm(dir, { recursive: true, force: true });
});

describe('force-app as a deployable package', () => {
  it('converts to the metadata format without error, with every component and setting', async () => {
    const set = ComponentSet.fromSource('force-app');
    const types = new Set(set.toArray().map((c) => c.type.name));
    expect([...types]).toEqual(expect.arrayContaining(['LightningComponentBundle', 'PermissionSet', 'CspTrustedSite']));
    const names = set.toArray().filter((c) => c.type.name === 'LightningComponentBundle').map((c) => c.fullName);
    expect(names).toEqual(expect.arrayContaining(['customerCard', 'relateControl', 'linkToggle', 'relatedRecords', 'createRecordModal', 'mergeDialog', 'digitalMessages']));

    const dir = await mkdtemp(join(tmpdir(), 'force-app-'));
    outputs.push(dir);
    const result = await new MetadataConverter().convert(set, 'metadata', { type: 'directory', outputDirectory: dir, genUniqueDir: false });
    expect(result.converted?.length).toBeGreaterThan(0);
    const manifest = await readFile(join(dir, 'package.xml'), 'utf8');
    expect(manifest).toContain('<name>LightningComponentBundle</name>');
    expect(await readdir(join(dir, 'lwc'))).toContain('customerCard');
  });

  it('exposes the card on record pages, app pages and the utility bar with its service URL setting', async () => {
    const meta = await readFile('force-app/main/default/lwc/customerCard/customerCard.js-meta.xml', 'utf8');
    for (const target of ['lightning__RecordPage', 'lightning__AppPage', 'lightning__UtilityBar']) expect(meta).toContain(`<target>${target}</target>`);
    expect(meta).toContain('name="ccBaseUrl"');
  });
});
