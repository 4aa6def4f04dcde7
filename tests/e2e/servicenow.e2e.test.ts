import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pageScripts from '../../emulator/build/pageScripts.build';
import buildWorkspace from '../../emulator/build/servicenowPage.build';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { basic, callJson, launchChromium, signIn, untilSoftphoneListens } from '../support/servicenowBrowser';
import { screenshot } from '../support/screenshot';
import { CC_ADMIN, signInCc } from '../support/cc';

type Row = Record<string, string> & { sys_id: string };
const SN = basic('admin', 'emulator');
const card = 'x-cc-customer-card';

let emulator: RunningEmulator;
let browser: Browser;
let page: Page;

const table = async (path: string) => (await callJson<{ result: Row[] | Row }>(`${emulator.url}/api/now/table/${path}`, { auth: SN })).result;
const one = async (path: string) => (await table(path)) as Row;
const rows = async (path: string) => (await table(path)) as Row[];
const formValue = (field: string) => page.locator(`#record-form [data-field=${field}] input`).inputValue();

/** The global search in the workspace header, as an agent uses it. */
async function search(term: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search consumers, contacts, accounts and cases' }).fill(term);
  await Promise.all([page.waitForURL(/\/now\/cwf\/agent\/search\?/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
  await page.locator('.search-group').first().waitFor();
}

/** axe's colour-contrast rule over the card (and any dialog it has open), in Chromium. */
async function contrastViolations(): Promise<string[]> {
  // The page's CSP refuses injected script tags; evaluating axe's source is how a test tool gets in.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(el: Element, o: object): Promise<{ violations: { id: string }[] }> } }).axe.run(
      document.querySelector('x-cc-customer-card')!, { runOnly: ['color-contrast'] });
    return result.violations.map((v) => v.id);
  });
}

beforeAll(async () => {
  await Promise.all([buildWorkspace.run({ watch: false }), pageScripts.run({ watch: false })]);
  emulator = await startMemoryEmulator();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

describe('the customer card in the local Agent Workspace', () => {
  it('relates, unrelates and links from a screen-popped case, then writes back once', async () => {
    const [omar] = await rows('csm_consumer?sysparm_query=first_name=Omar');
    const [fatima] = await rows('csm_consumer?sysparm_query=first_name=Fatima');
    const [account] = await rows('customer_account?sysparm_limit=1');
    // Omar reported a problem yesterday: his open case is what answering opens (§7.9).
    await callJson(`${emulator.url}/api/now/table/sn_customerservice_case`, { method: 'POST', auth: SN, body: { short_description: 'Replacement router not delivered', consumer: omar.sys_id } });
    const admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    const agent = await signInCc(emulator.url);
    // The contact center looks callers up in the emulated ServiceNow only, so the call is a ServiceNow consumer.
    const { config } = await admin.call('getConfig');
    await admin.call('putConfig', { body: { ...config, connections: { servicenow: { instanceUrl: emulator.url, user: 'admin', password: 'emulator' } } } });

    await signIn(page, emulator.url, '/now/cwf/agent/home');
    await untilSoftphoneListens(page, (state) => agent.call('setAgentState', { params: { id: agent.agent.id }, body: { state } }));
    const { interaction } = await agent.call('placeCall', { body: { ani: '+14155551119', dnis: '+18005550100' } });
    expect(interaction.ivr?.outcome).toBe('identified');
    expect(interaction.ivr?.matches).toEqual([expect.objectContaining({ crm: 'servicenow', object: 'csm_consumer', id: omar.sys_id })]);
    if (interaction.state === 'ivr') await agent.call('queueAsIs', { params: { id: interaction.id } });

    // On answer the workspace opens a case for the call, with the card in its side panel.
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.waitForURL(/\/now\/cwf\/agent\/record\/sn_customerservice_case\//);
    const caseUrl = page.url();
    const caseId = caseUrl.split('/').pop()!.split('?')[0];
    await expect.poll(() => page.locator(`${card} .greeting`).textContent()).toContain('Omar');

    // The agent finds another consumer and an account through the global search during the call,
    // then returns to the case through its record tab: no address typed.
    await expect.poll(() => formValue('number')).toMatch(/^CS/);
    const caseNumber = await formValue('number');
    for (const [table, name] of [['csm_consumer', String(fatima.name)], ['customer_account', String(account.name)]]) {
      await search(name);
      await Promise.all([page.waitForURL(new RegExp(`/record/${table}/`)), page.locator(`.search-group[data-table=${table}] tbody tr`, { hasText: name }).locator('th a').click()]);
      await page.locator('#record-form form').waitFor();
    }
    await Promise.all([page.waitForURL(new RegExp(`/record/sn_customerservice_case/${caseId}`)), page.getByRole('navigation', { name: 'Open records' }).getByRole('link', { name: caseNumber }).click()]);
    const relate = async (name: string) => {
      await page.locator(`${card} .relates-to-button`).click();
      await page.locator(`${card} [role=option]`, { hasText: name }).click();
    };
    const caseFields = () => one(`sn_customerservice_case/${caseId}?sysparm_fields=consumer,account,contact&sysparm_exclude_reference_link=true`);

    await relate(omar.name);
    await expect.poll(caseFields).toMatchObject({ consumer: omar.sys_id });
    await expect.poll(() => page.locator('[data-field=consumer] input').inputValue()).toBe(omar.name);

    await relate(fatima.name);
    await expect.poll(caseFields).toMatchObject({ consumer: fatima.sys_id });

    await relate(account.name);
    await expect.poll(caseFields).toMatchObject({ consumer: fatima.sys_id, account: account.sys_id });
    await expect.poll(() => page.locator(`${card} .relation-consumer`).getAttribute('data-icon')).toBe('still-related-in-crm');
    expect(await page.locator(`${card} .relation-account`).getAttribute('data-icon')).toBe('current');
    await screenshot(page, 'servicenow-workspace-relates-to');

    await page.locator(`${card} .relation-account button.relation-icon`).click();
    await expect.poll(caseFields).toMatchObject({ consumer: fatima.sys_id, account: '' });

    // Contrast needs a real renderer: checked here rather than in jsdom.
    expect(await contrastViolations()).toEqual([]);

    await page.locator(`${card} .records .record`, { hasText: omar.name }).locator('.link').click();
    await expect.poll(() => page.locator(`${card} .records .record`, { hasText: omar.name }).locator('.link').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'servicenow-workspace-linked');

    await page.getByRole('button', { name: 'Hang up' }).click();
    await page.getByRole('button', { name: 'Complete after-call work' }).click();
    await vi.waitFor(async () => {
      const { links } = await agent.call('listLinks', { params: { id: interaction.id } });
      expect(links.map((l) => l.state)).toEqual(['written']);
    }, { timeout: 30_000, interval: 250 });
    expect(await rows(`interaction_related_record?sysparm_query=document_id=${omar.sys_id}`)).toHaveLength(1);
  });

  it('creates a case from the card (a data-policy error first, nothing lost), then merges the caller\'s two cards', async () => {
    const [omar] = await rows('csm_consumer?sysparm_query=first_name=Omar');
    const agent = await signInCc(emulator.url);
    await page.goto(`${emulator.url}/now/cwf/agent/home`);
    await untilSoftphoneListens(page, (state) => agent.call('setAgentState', { params: { id: agent.agent.id }, body: { state } }));

    // Omar wrote an email before calling: one card per channel (§6.1), so two cards for one person.
    const { interaction: email } = await agent.call('startDigitalInteraction', {
      body: { channel: 'email', from: String(omar.email), subject: 'Bill too high', text: 'Why is my bill higher this month?' },
    });
    if (email.state === 'alerting') await agent.call('answerInteraction', { params: { id: email.id } });
    const { interaction: call } = await agent.call('placeCall', { body: { ani: '+14155551119', dnis: '+18005550100' } });
    if (call.state === 'ivr') await agent.call('queueAsIs', { params: { id: call.id } });
    expect(call.cardId).not.toBe(email.cardId);

    // §7.9: the first test moved Omar's open case to Fatima, so answering opens Omar himself, offering a new case.
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.waitForURL(/\/now\/cwf\/agent\/record\/csm_consumer\/.*offer=new-case/);
    await expect.poll(() => page.locator(`${card} .greeting`).textContent()).toContain('Omar');

    // Create new -> Case: ServiceNow's data policy refuses an empty short description.
    await page.locator(`${card} .create-new`).click();
    await page.locator(`${card} #cc-create-type`).selectOption('sn_customerservice_case');
    await page.locator(`${card} #cc-create-description`).fill('Bill doubled after the TV add-on');
    await page.locator(`${card} #cc-create .save`).click();
    await expect.poll(() => page.locator(`${card} #cc-create-short_description-error`).textContent()).toBe('Short description is mandatory');
    expect(await page.locator(`${card} #cc-create-description`).inputValue()).toBe('Bill doubled after the TV add-on');
    await screenshot(page, 'servicenow-create-error');
    expect(await contrastViolations()).toEqual([]);

    await page.locator(`${card} #cc-create-short_description`).fill('Billing question');
    const [opened] = await Promise.all([page.waitForEvent('popup'), page.locator(`${card} #cc-create .save`).click()]);
    await opened.waitForURL(/\/now\/cwf\/agent\/record\/sn_customerservice_case\/[0-9a-f]{32}/);
    const createdId = new URL(opened.url()).pathname.split('/').pop()!;
    await opened.close();
    // The new case belongs to the caller and carries the call's channel.
    expect(await one(`sn_customerservice_case/${createdId}?sysparm_fields=short_description,description,consumer,contact_type&sysparm_exclude_reference_link=true`)).toMatchObject({
      short_description: 'Billing question', description: 'Bill doubled after the TV add-on', consumer: omar.sys_id, contact_type: 'phone',
    });
    await expect.poll(() => page.locator(`${card} .related-entry[data-group=created]`).count()).toBe(1);

    // Merge: the email card is offered as a probable duplicate; merging keeps the open card.
    await page.locator(`${card} .merge-open`).click();
    const candidate = page.locator(`${card} #cc-merge .duplicates .merge-candidate[data-card="${email.cardId}"]`);
    await candidate.waitFor();
    await candidate.locator('input[type=checkbox]').press('Space');
    await screenshot(page, 'servicenow-merge-dialog');
    expect(await contrastViolations()).toEqual([]);
    await page.locator(`${card} #cc-merge .merge`).click();
    await expect.poll(() => page.locator(`${card} .merge-message`).textContent()).toMatch(/^Merged 1 card\(s\) into /);
    await screenshot(page, 'servicenow-merged');
    const { card: survivor } = await agent.call('getCard', { params: { id: email.cardId! } });
    expect(survivor.id).toBe(call.cardId);
    expect(survivor.interactionIds).toEqual(expect.arrayContaining([email.id, call.id]));
  });

  it('sends an unauthenticated visit to the login page', async () => {
    const anonymous = await browser.newPage();
    await anonymous.goto(`${emulator.url}/now/cwf/agent/record/sn_customerservice_case/00000000000000000000000000000000`);
    expect(new URL(anonymous.url()).pathname).toBe('/login');
    await anonymous.close();
  });
});
