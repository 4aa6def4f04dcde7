import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import step from '../../emulator/build/lwcDomain.build';

const DIR = 'force-app/main/default/lwc/customerCardDomain';
let source: string;

beforeAll(async () => {
  await step.run({ watch: false });
  source = await readFile(`${DIR}/customerCardDomain.js`, 'utf8');
});

describe('the generated LWC domain module', () => {
  it('is one self-contained ES module: the platform cannot import npm packages', () => {
    expect(source).not.toMatch(/\bimport\s*[{*\w]/);
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).toMatch(/export\s*\{/);
  });

  it('holds the decisions components ask for, and works as a module', async () => {
    const domain = await import(/* @vite-ignore */ `${process.cwd()}/${DIR}/customerCardDomain.js`);
    const config = domain.defaultConfig();
    const lead = { crm: 'salesforce', object: 'Lead', id: '00Q5g00000Jon01EAA' };
    const account = { crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' };
    expect(domain.decideRelation({ WhoId: lead, WhatId: null }, account, config)).toEqual({ refused: 'lead-in-name' });
    expect(domain.prefillForm('salesforce', 'Contact', { channel: 'voice', from: '(415) 555-1000', contactName: 'Maria García' }, config).values).toMatchObject({
      FirstName: 'Maria',
      LastName: 'García',
    });
    expect(typeof domain.expansionPlan).toBe('function');
  });

  it('ships as an unexposed service module', async () => {
    const meta = await readFile(`${DIR}/customerCardDomain.js-meta.xml`, 'utf8');
    expect(meta).toContain('<isExposed>false</isExposed>');
  });
});
