import { readdir, readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import step, { DOMAIN_EXPORTS } from '../../emulator/build/lwcDomain.build';

const DIR = 'force-app/main/default/lwc/customerCardDomain';
let source: string;

beforeAll(async () => {
  await step.run({ watch: false });
  source = await readFile(`${DIR}/customerCardDomain.js`, 'utf8');
});

describe('the generated LWC domain module', () => {
  it('is one self-contained ES module: the platform cannot import npm packages', async () => {
    // esbuild lists what the module imports or requires (text such as "import run" is no import).
    const probe = await build({ stdin: { contents: source, loader: 'js' }, bundle: true, write: false, metafile: true, format: 'esm', external: ['*'], logLevel: 'silent' });
    expect(Object.values(probe.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path))).toEqual([]);
    expect(source).toMatch(/export\s*\{/);
  });

  it('holds the decisions components ask for, and works as a module', async () => {
    const domain = await import(/* @vite-ignore */ `${process.cwd()}/${DIR}/customerCardDomain.js`);
    const config = domain.configOverDefaults({});
    const lead = { crm: 'salesforce', object: 'Lead', id: '00Q5g00000Jon01EAA' };
    const account = { crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' };
    expect(domain.decideRelation({ WhoId: lead, WhatId: null }, account, config)).toEqual({ refused: 'lead-in-name' });
    expect(domain.prefillForm('salesforce', 'Contact', { channel: 'voice', from: '(415) 555-1000', contactName: 'Maria García' }, config).values).toMatchObject({
      FirstName: 'Maria',
      LastName: 'García',
    });
    expect(typeof domain.expansionPlan).toBe('function');
  });

  it('carries the contact-center client, and no client of a CRM', async () => {
    const domain = await import(/* @vite-ignore */ `${process.cwd()}/${DIR}/customerCardDomain.js`);
    const requests: [string, RequestInit][] = [];
    const fetch = async (url: string, init: RequestInit) => {
      requests.push([url, init]);
      return new Response(JSON.stringify({ error: 'conflict', message: 'The interaction is closed.' }), { status: 409 });
    };
    const cc = domain.createCcClient({ baseUrl: 'https://cc.example.com/', credentials: 'include', fetch });
    const failure = cc.call('createLink', { params: { id: 'int-000007' }, body: { crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' } });
    await expect(failure).rejects.toBeInstanceOf(domain.CcApiError);
    await expect(failure).rejects.toMatchObject({ status: 409, code: 'conflict', message: 'The interaction is closed.' });
    expect(requests[0]).toEqual(['https://cc.example.com/cc/v1/interactions/int-000007/links', expect.objectContaining({ method: 'POST', credentials: 'include' })]);
    // The CRMs are reached through Lightning Data Service inside the org, never over REST.
    expect(source).not.toMatch(/\/services\/data\/|\/api\/now\/|\/api\/v2\//);
    expect(source.length).toBeLessThan(1_000_000);
    // The configuration comes as the service checked it, over defaults written at build time: no schema parser (zod) ships.
    expect(source).not.toMatch(/ZodError|\$ZodType/);
  });

  it('exports exactly what the components import from it, so nothing unused ships', async () => {
    const imported = new Set<string>();
    for (const bundle of await readdir('force-app/main/default/lwc')) {
      const files = (await readdir(`force-app/main/default/lwc/${bundle}`)).filter((f) => f.endsWith('.js') && bundle !== 'customerCardDomain');
      for (const file of files) {
        const code = await readFile(`force-app/main/default/lwc/${bundle}/${file}`, 'utf8');
        for (const [, names] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'c\/customerCardDomain'/g)) for (const name of names.split(',')) imported.add(name.trim());
      }
    }
    // CcApiError comes with the client: callers tell the API's errors apart by it.
    const exported = Object.values(DOMAIN_EXPORTS).flat().filter((name) => name !== 'CcApiError');
    expect(exported.sort()).toEqual([...imported].filter(Boolean).sort());
    const domain = await import(/* @vite-ignore */ `${process.cwd()}/${DIR}/customerCardDomain.js`);
    expect(Object.keys(domain).sort()).toEqual(Object.values(DOMAIN_EXPORTS).flat().sort());
  });

  it('ships as an unexposed service module', async () => {
    const meta = await readFile(`${DIR}/customerCardDomain.js-meta.xml`, 'utf8');
    expect(meta).toContain('<isExposed>false</isExposed>');
  });
});
