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
const WIDTHS = [1440, 390];

let emulator: RunningEmulator;
let browser: Browser;
let page: Page;

/** Table API rows with plain values (references as sys_ids). */
const table = async <T>(path: string) =>
  (await callJson<{ result: T }>(`${emulator.url}/api/now/table/${path}${path.includes('?') ? '&' : '?'}sysparm_exclude_reference_link=true`, { auth: SN })).result;
const rows = (path: string) => table<Row[]>(path);
const one = (path: string) => table<Row>(path);

/** axe over the whole page at each width: the serious and critical violations, by rule and target. */
async function seriousViolations(name: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // The page's CSP refuses injected script tags; evaluating axe's source is how a test tool gets in.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    found.push(...violations.map((v) => `${width}px ${v}`));
    await screenshot(page, `servicenow-workspace-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  return found;
}

async function search(term: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search consumers, contacts, accounts and cases' }).fill(term);
  await Promise.all([page.waitForURL(/\/now\/cwf\/agent\/search\?/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
  await page.locator('.search-group').first().waitFor();
}

const group = (table: string) => page.locator(`.search-group[data-table=${table}]`);
const formValue = (field: string) => page.locator(`#record-form [data-field=${field}] input`).inputValue();

beforeAll(async () => {
  await Promise.all([buildWorkspace.run({ watch: false }), pageScripts.run({ watch: false })]);
  emulator = await startMemoryEmulator();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, emulator.url, '/now/cwf/agent/home');
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

describe('the local Agent Workspace', () => {
  it('reaches every record through search, lists, related lists, reference arrows and record tabs, accessible at 1440 and 390 px', async () => {
    expect(await seriousViolations('home')).toEqual([]);

    // A phone number in another format than the stored "(415) 555-1000" finds Maria, a contact.
    await search('+1 415.555.1000');
    await expect.poll(() => group('customer_contact').locator('tbody tr').count()).toBe(1);
    expect(await seriousViolations('search')).toEqual([]);
    await Promise.all([page.waitForURL(/\/record\/customer_contact\//), group('customer_contact').getByRole('link', { name: 'Maria García' }).click()]);
    await expect.poll(() => formValue('email')).toBe('maria.garcia@acme.example');

    // The reference arrow opens her account; the account's related list leads to her case.
    await Promise.all([page.waitForURL(/\/record\/customer_account\//), page.locator('[data-field=account] a.reference-icon').click()]);
    await expect.poll(() => formValue('name')).toBe('Acme Logistics');
    const cases = page.locator('.related-list[data-table=sn_customerservice_case]');
    await cases.locator('tbody tr').first().waitFor();
    await Promise.all([page.waitForURL(/\/record\/sn_customerservice_case\//), cases.locator('tbody tr', { hasText: 'Move service' }).filter({ hasText: 'Maria García' }).locator('th a').click()]);
    await expect.poll(() => formValue('contact')).toBe('Maria García');
    const caseNumber = await formValue('number');
    expect(await seriousViolations('case')).toEqual([]);

    // The case number and an email find their records too.
    await search(caseNumber);
    expect(await group('sn_customerservice_case').locator('tbody tr').count()).toBe(1);
    await search('OMAR.HADDAD');
    expect(await group('csm_consumer').locator('tbody tr').count()).toBeGreaterThan(0);

    // Lists from the left navigation: a consumer, then the interactions list.
    await Promise.all([page.waitForURL(/\/list\/csm_consumer/), page.getByRole('navigation', { name: 'Lists' }).getByRole('link', { name: 'Consumers' }).click()]);
    await page.locator('.record-list tbody tr').first().waitFor();
    await Promise.all([page.waitForURL(/\/record\/csm_consumer\//), page.locator('.record-list tbody tr', { hasText: 'Omar' }).locator('th a').click()]);
    await expect.poll(() => formValue('name')).toContain('Omar');
    await page.locator('.related-list[data-table=interaction]').waitFor();
    expect(await seriousViolations('consumer')).toEqual([]);
    for (const [label, table] of [['Cases', 'sn_customerservice_case'], ['Contacts', 'customer_contact'], ['Accounts', 'customer_account'], ['Interactions', 'interaction']]) {
      await Promise.all([page.waitForURL(new RegExp(`/list/${table}`)), page.getByRole('navigation', { name: 'Lists' }).getByRole('link', { name: label }).click()]);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(label);
    }

    // Every record opened has a tab; a tab brings its record back.
    const tabs = page.getByRole('navigation', { name: 'Open records' });
    await expect.poll(() => tabs.locator('.record-tab').allTextContents()).toEqual(expect.arrayContaining(['Home', 'Maria García', 'Acme Logistics', caseNumber]));
    await Promise.all([page.waitForURL(/\/record\/customer_contact\//), tabs.getByRole('link', { name: 'Maria García' }).click()]);
    await tabs.getByRole('button', { name: 'Close tab Acme Logistics' }).click();
    expect(await tabs.locator('.record-tab').allTextContents()).not.toContain('Acme Logistics');
  }, 240_000);

  it('Maria calls: answering opens her open case, relate and link, hang up and wrap-up close her interaction record, which the activity stream shows', async () => {
    const [maria] = await rows('customer_contact?sysparm_query=email=maria.garcia@acme.example');
    const [openCase] = await rows(`sn_customerservice_case?sysparm_query=contact=${maria.sys_id}^active=true^ORDERBYDESCopened_at`);
    const casesBefore = (await rows('sn_customerservice_case?sysparm_fields=sys_id')).length;
    const admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    const agent = await signInCc(emulator.url);
    const { config } = await admin.call('getConfig');
    await admin.call('putConfig', { body: { ...config, connections: { servicenow: { instanceUrl: emulator.url, user: 'admin', password: 'emulator' } } } });

    await page.goto(`${emulator.url}/now/cwf/agent/home`);
    await untilSoftphoneListens(page, (state) => agent.call('setAgentState', { params: { id: agent.agent.id }, body: { state } }));
    const { interaction } = await agent.call('placeCall', { body: { ani: '+14155551000', dnis: '+18005550100' } });
    expect(interaction.ivr?.outcome).toBe('identified');
    if (interaction.state === 'ivr') await agent.call('queueAsIs', { params: { id: interaction.id } });

    await page.getByRole('button', { name: 'Answer' }).click();
    await page.waitForURL(new RegExp(`/record/sn_customerservice_case/${openCase.sys_id}`));
    await expect.poll(() => page.locator(`${card} .greeting`).textContent()).toContain('Maria');
    expect((await rows('sn_customerservice_case?sysparm_fields=sys_id')).length).toBe(casesBefore);
    const { interaction: answered } = await agent.call('getInteraction', { params: { id: interaction.id } });
    const record = answered.interactionRecords.find((r) => r.crm === 'servicenow')!;
    expect(await one(`interaction/${record.id}?sysparm_fields=state,contact,account,opened_for,assigned_to`)).toMatchObject({
      state: 'work_in_progress', contact: maria.sys_id, account: maria.account, opened_for: maria.sys_id,
    });

    // Relates to: Maria; then she is linked, so the write-back lists her with the interaction.
    await page.locator(`${card} .relates-to-button`).click();
    await page.locator(`${card} [role=option]`, { hasText: 'Maria García' }).click();
    await expect.poll(() => one(`sn_customerservice_case/${openCase.sys_id}?sysparm_fields=contact`)).toMatchObject({ contact: maria.sys_id });
    const mariaRow = page.locator(`${card} .records .record`, { hasText: 'Maria García' }).first();
    await mariaRow.locator('.link').click();
    await expect.poll(() => mariaRow.locator('.link').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Hang up' }).click();
    const wrapUp = page.getByRole('form', { name: 'After-call work' });
    await wrapUp.getByLabel('Disposition').selectOption('resolved');
    await wrapUp.getByLabel('Notes').fill('Move booked for Friday');
    await wrapUp.getByRole('button', { name: 'Complete after-call work' }).click();

    await vi.waitFor(async () => {
      const closed = await table<Record<string, { value: string; display_value: string }>>(`interaction/${record.id}?sysparm_display_value=all`);
      expect(closed.state.value).toBe('closed_complete');
      expect(closed.closed_at.value).not.toBe('');
      expect(closed.assigned_to.value).not.toBe('');
      expect(closed.contact.value).toBe(maria.sys_id);
      expect(closed.work_notes.display_value).toContain('Disposition: Resolved');
    }, { timeout: 30_000, interval: 250 });
    await vi.waitFor(async () => {
      const related = await rows(`interaction_related_record?sysparm_query=interaction=${record.id}`);
      expect(related.map((r) => r.document_id).sort()).toEqual([openCase.sys_id, maria.sys_id].sort());
    }, { timeout: 30_000, interval: 250 });

    // The case's activity stream and related list show the closed interaction.
    await page.reload();
    const entry = page.locator('.activity.interaction[data-state=closed_complete]');
    await expect.poll(() => entry.count()).toBe(1);
    await screenshot(page, 'servicenow-workspace-activity');
    await Promise.all([page.waitForURL(/\/record\/interaction\//), entry.getByRole('link').click()]);
    await expect.poll(() => formValue('state')).toBe('Closed Complete');
    await expect.poll(() => page.locator('.activity.work_notes').first().textContent()).toContain('Disposition: Resolved');
    await page.locator('.related-list[data-table=interaction_related_record] tbody tr').nth(1).waitFor();
  }, 120_000);
});
