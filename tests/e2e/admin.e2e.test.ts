import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pageScripts from '../../emulator/build/pageScripts.build';
import { ADMIN_PAGES } from '../../emulator/pages/admin/layout';
import type { RunningEmulator } from '../../emulator/server';
import { placeCall } from '../contact-center/flow';
import { signInCc, type SignedInClient } from '../support/cc';
import { axeViolations, signInAs as signInInBrowser } from '../support/consoleBrowser';
import { startMemoryEmulator } from '../support/emulator';
import { screenshot } from '../support/screenshot';
import { launchChromium } from '../support/servicenowBrowser';

let emulator: RunningEmulator;
let browser: Browser;
let agent: SignedInClient;

beforeAll(async () => {
  await pageScripts.run({ watch: false });
  emulator = await startMemoryEmulator();
  browser = await launchChromium();
  agent = await signInCc(emulator.url);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

const signInAs = (page: Page, username: string, path: string) => signInInBrowser(page, emulator.url, username, path);

/** axe at the desktop width and at a phone's (390 px), then back to the desktop. */
async function axeAtBothWidths(page: Page): Promise<string[]> {
  const wide = await axeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = await axeViolations(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  return [...wide, ...narrow.map((id) => `${id} at 390 px`)];
}

const maria = '(415) 555-1000';
const goldToSales = { name: 'Gold tier to sales' };

describe('the admin console in Chromium (issue 18)', () => {
  it('an agent is refused the console and sees no link to it', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'agent@customercard.example', '/lightning/page/home');
    expect(await page.getByRole('link', { name: 'Admin console' }).count()).toBe(0);
    const response = await page.goto(`${emulator.url}/admin/routing`);
    expect(response?.status()).toBe(403);
    await page.close();
  }, 60_000);

  it('an admin drafts a greeting fact and a routing rule, tests them, publishes, rolls back; calls follow; the audit shows both', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin@customercard.example', '/lightning/page/home');
    const before = (await placeCall(agent, maria)).routing!.queue;
    expect(before).not.toBe('sales');

    // Reached through the header, not by typing a URL.
    // The header's link is there for admins (the context bar may hide it on a narrow window: the test follows its href).
    await page.goto(`${emulator.url}${await page.getByRole('link', { name: 'Admin console' }).getAttribute('href')}`);
    await page.waitForURL(/\/admin\/lookup$/);
    await page.getByLabel('Greeting addresses the caller by the fact').selectOption('fullName');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);

    await page.getByRole('link', { name: 'Routing rules' }).click();
    // The empty rule at the end adds one; Order 0 puts it first.
    const n = Number(await page.locator('input[name="routing.rules.__count"]').inputValue()) - 1;
    const rule = (field: string) => page.locator(`#f-routing-rules-${n}--${field}`);
    await rule('name').fill(goldToSales.name);
    await rule('__order').fill('0');
    await rule('when-0--fact').selectOption('tier');
    await rule('when-0--op').selectOption('eq');
    await rule('when-0--value').fill('Gold');
    // A refusal (a rule choosing neither queue nor skill) keeps what the admin typed, with the error beside the field.
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator(`#f-routing-rules-${n}--queue-error`).textContent()).toContain(`routing.rules[${n}].queue: a rule must choose a queue or at least one skill`);
    expect(await rule('name').inputValue()).toBe(goldToSales.name);
    expect(await rule('__order').inputValue()).toBe('0');
    expect(await rule('when-0--value').inputValue()).toBe('Gold');
    expect(await rule('queue').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-routing-refused', { fullPage: true });
    await rule('queue').selectOption('sales');
    await rule('skills-0--name').selectOption('billing');
    await rule('skills-0--priority').fill('1');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);
    expect(await page.locator('#f-routing-rules-0--name').inputValue()).toBe(goldToSales.name);

    // Test lookup on the lookup plan's page runs the draft: the new decision and the new greeting.
    await page.getByRole('link', { name: 'Lookup plan' }).click();
    await page.getByLabel('Phone number, account number, case number or email').fill(maria);
    await page.getByRole('button', { name: 'Test lookup' }).click();
    await expect.poll(() => page.locator('#test-queue').textContent(), { timeout: 20_000 }).toBe('sales');
    expect(await page.locator('#test-greeting').textContent()).toMatch(/^Hola Maria García,/);
    // Each CRM's searches go as one batch; the admin still sees every request inside it and its answer.
    const asked = await page.getByRole('region', { name: 'ServiceNow' }).locator('li').allTextContents();
    expect(asked[0]).toMatch(/^POST \S+\/api\/now\/v1\/batch → 200/);
    // A request's query is shown decoded, one parameter a line; the exact URL stays behind a toggle.
    const consumers = asked.find((text) => /^GET \S+\/api\/now\/table\/csm_consumer → 200 in \d+ ms/.test(text));
    expect(consumers).toMatch(/sysparm_query\s*phoneSTARTSWITH\+14155551000\^OR/);
    expect(consumers).toMatch(/Exact URL\s*http\S+\/api\/now\/table\/csm_consumer\?\S*sysparm_query=phoneSTARTSWITH%2B1/);
    const salesforce = await page.getByRole('region', { name: 'Salesforce' }).locator('li code').allTextContents();
    expect(salesforce.map((text) => text.replace(/\?.*/, '').split('/').pop())).toEqual(expect.arrayContaining(['batch', 'search', 'query']));

    await page.getByRole('link', { name: 'Routing rules' }).click();
    // Simulate caller runs the draft: the new decision with its reason and the new greeting.
    await page.getByLabel('Phone number, account number, case number or email').fill(maria);
    await page.getByRole('button', { name: 'Simulate caller' }).click();
    await expect.poll(() => page.locator('#test-queue').textContent(), { timeout: 20_000 }).toBe('sales');
    expect(await page.locator('#test-reasons').textContent()).toContain('Gold tier to sales: queue sales; skills billing');
    expect(await page.locator('#test-greeting').textContent()).toMatch(/^Hola Maria García,/);
    expect(await page.getByRole('heading', { name: /^Salesforce: \d+ match/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-simulate-caller', { fullPage: true });
    // The draft is not what calls use yet.
    expect((await placeCall(agent, maria)).routing!.queue).not.toBe('sales');

    await Promise.all([page.waitForURL(/\/admin\/versions/), page.getByRole('button', { name: 'Publish draft' }).click()]);
    const published = Number((await page.getByRole('status').first().textContent())!.match(/Published version (\d+)/)![1]);
    const routed = await placeCall(agent, maria);
    expect(routed.routing?.queue).toBe('sales');
    expect(routed.routing?.skills).toContain('billing');
    expect(routed.ivr?.greeting).toMatch(/^Hola Maria García,/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-versions', { fullPage: true });

    // Keyboard: the rollback button of the version before is reached and pressed without a mouse.
    await page.getByRole('button', { name: `Roll back to version ${published - 1}` }).focus();
    await Promise.all([page.waitForURL(/notice=Rolled/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('status').first().textContent()).toContain(`Rolled back to version ${published - 1}: now version ${published + 1}.`);
    expect((await placeCall(agent, maria)).routing!.queue).not.toBe('sales');

    await page.getByRole('link', { name: 'Audit' }).click();
    const rows = await page.locator('#audit tbody tr').allTextContents();
    expect(rows[0]).toContain(`Rolled back${published + 1}`);
    expect(rows[0]).toContain('routing.rules');
    expect(rows[1]).toContain(`Published${published}`);
    expect(rows[1]).toContain('ivr.greeting.nameFact');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-audit', { fullPage: true });
    await page.close();
  }, 120_000);

  it('an admin adds a queue and gives an agent a skill on the Queues and skills page; a refusal keeps what was typed', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin@customercard.example', '/admin/queues');
    const n = Number(await page.locator('input[name="queues.__count"]').inputValue()) - 1;
    const firstKey = await page.locator('#f-queues-0--key').inputValue();
    // A key listed twice is refused beside the new queue; what was typed stays.
    await page.locator(`#f-queues-${n}--key`).fill(firstKey);
    await page.locator(`#f-queues-${n}--name`).fill('VIP desk');
    const skills = page.getByLabel('Skills', { exact: true });
    await skills.fill(`${await skills.inputValue()}, Portuguese`);
    await page.getByRole('button', { name: 'Save queues and skills' }).click();
    await expect.poll(() => page.locator(`#f-queues-${n}--key-error`).textContent()).toContain(`queues[${n}].key: queue '${firstKey}' is listed twice`);
    expect(await page.locator(`#f-queues-${n}--name`).inputValue()).toBe('VIP desk');
    expect(await skills.inputValue()).toMatch(/, Portuguese$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-queues-refused', { fullPage: true });

    await page.locator(`#f-queues-${n}--key`).fill('vip');
    const mine = page.getByLabel(`Skills of ${agent.agent.name} (agent)`);
    await mine.fill(`${await mine.inputValue()}, Portuguese`);
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save queues and skills' }).click()]);
    const { queues, agents } = await agent.call('listAgents');
    expect(queues.map((q) => q.key)).toContain('vip');
    expect(agents.find((a) => a.id === agent.agent.id)!.skills).toContain('Portuguese');
    await page.close();
  }, 60_000);

  it('connections, the lookup plan and customer facts are forms: refusals keep what was typed beside each error, secrets are never shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const admin = await signInCc(emulator.url, 'admin@customercard.example');
    await signInAs(page, 'admin@customercard.example', '/admin/connections');
    expect(await axeAtBothWidths(page)).toEqual([]);
    // Connecting ServiceNow without its URL and user is refused beside each field; the URL typed stays, the password does not.
    await page.getByLabel('Connect ServiceNow').check();
    await page.locator('#f-connections-servicenow-instanceUrl').fill('not a url');
    await page.locator('#f-connections-servicenow-password').fill('typed-s3cret');
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator('#f-connections-servicenow-instanceUrl-error').textContent()).toContain('connections.servicenow.instanceUrl');
    expect(await page.locator('#f-connections-servicenow-user-error').textContent()).toContain('connections.servicenow.user');
    expect(await page.locator('#f-connections-servicenow-instanceUrl').inputValue()).toBe('not a url');
    expect(await page.locator('#f-connections-servicenow-password').inputValue()).toBe('');
    expect(await page.content()).not.toContain('typed-s3cret');
    expect(await axeAtBothWidths(page)).toEqual([]);
    await page.getByLabel('Connect ServiceNow').uncheck();
    // Test connection signs in and reads one record, with its time and requests.
    await page.getByRole('button', { name: 'Test ServiceNow' }).click();
    await expect.poll(() => page.locator('#test-result-heading').textContent(), { timeout: 20_000 }).toMatch(/^ServiceNow: connected in \d+ ms$/);
    expect(await page.locator('#test-result').textContent()).toMatch(/Read \w+ \w+/);

    // The lookup plan: a Salesforce field the org does not have is refused beside the step's fields.
    await page.getByRole('link', { name: 'Lookup plan' }).click();
    const fields = page.locator('#f-ivr-lookup-salesforce-0--targets-0--fields');
    await fields.fill(`${await fields.inputValue()}, Fax_Number__c`);
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator('#f-ivr-lookup-salesforce-0--targets-0--fields-error').textContent()).toContain("Contact has no field 'Fax_Number__c'");
    expect(await fields.inputValue()).toMatch(/, Fax_Number__c$/);
    expect(await fields.getAttribute('aria-invalid')).toBe('true');
    expect(await axeAtBothWidths(page)).toEqual([]);
    await screenshot(page, 'admin-lookup-refused', { fullPage: true });
    await fields.fill((await fields.inputValue()).replace(', Fax_Number__c', ''));
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);

    // Customer facts: a new fact read from a dot-walked ServiceNow field; a name given twice is refused beside it.
    await page.getByRole('link', { name: 'Customer facts' }).click();
    expect(await axeAtBothWidths(page)).toEqual([]);
    const n = Number(await page.locator('input[name="facts.__count"]').inputValue()) - 1;
    await page.locator(`#f-facts-${n}--name`).fill('tier');
    await page.locator(`#f-facts-${n}--servicenow`).fill('account.u_region');
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator(`#f-facts-${n}--name-error`).textContent()).toContain("fact 'tier' is listed twice");
    expect(await page.locator(`#f-facts-${n}--servicenow`).inputValue()).toBe('account.u_region');
    await page.locator(`#f-facts-${n}--name`).fill('region');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);

    const { draft } = await admin.call('getConfigDraft');
    expect(draft.config.facts.region).toEqual({ salesforce: [], servicenow: ['account.u_region'], zendesk: [], dynamics: [] });
    // The Connections form saved nothing: the published connections (the demo's) stand as they were.
    expect(draft.config.connections).toEqual((await admin.call('getConfig')).config.connections);
    expect(draft.changes.map((c) => c.path)).toEqual(['facts.region']);
    await admin.send('discardConfigDraft');
    await page.close();
  }, 120_000);

  it('every console page passes axe at 1440 and 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signInAs(page, 'admin@customercard.example', '/admin/lookup');
    const found: string[] = [];
    for (const [key] of ADMIN_PAGES) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${emulator.url}/admin/${key}`);
      // A short page's shade reaches the window's bottom (no SLDS blue below the body).
      if (await page.evaluate(() => document.body.getBoundingClientRect().bottom < innerHeight)) found.push(`${key}: the shade stops above the window's bottom`);
      found.push(...(await axeAtBothWidths(page)).map((id) => `${key}: ${id}`));
    }
    expect(found).toEqual([]);
    await page.close();
  }, 120_000);

  it('wrap-up, screen pop, display and feature switches are forms; a refused disposition list keeps what was typed', async () => {
    const page = await browser.newPage();
    const admin = await signInCc(emulator.url, 'admin@customercard.example');
    await signInAs(page, 'admin@customercard.example', '/admin/wrap-up');
    const n = Number(await page.locator('input[name="wrapUp.dispositions.__count"]').inputValue()) - 1;
    const taken = await page.locator('#f-wrapUp-dispositions-0--code').inputValue();
    await page.locator(`#f-wrapUp-dispositions-${n}--code`).fill(taken);
    await page.locator(`#f-wrapUp-dispositions-${n}--label`).fill('Call back');
    await page.getByLabel('Maximum after-call work (seconds)').fill('90');
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator('#f-wrapUp-dispositions-error').textContent()).toContain('wrapUp.dispositions: each disposition code once');
    expect(await page.locator(`#f-wrapUp-dispositions-${n}--label`).inputValue()).toBe('Call back');
    expect(await page.getByLabel('Maximum after-call work (seconds)').inputValue()).toBe('90');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(`#f-wrapUp-dispositions-${n}--code`).fill('call-back');
    await page.locator(`#f-wrapUp-dispositions-${n}--__order`).fill('0');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);

    await page.getByRole('link', { name: 'Screen pop' }).click();
    await page.getByLabel('Email', { exact: true }).selectOption('interaction-record');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);
    await page.getByRole('link', { name: 'Display' }).click();
    await page.getByLabel('Label of tier').fill('Customer tier');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);
    await page.getByRole('link', { name: 'Feature switches' }).click();
    await page.getByLabel('merge', { exact: true }).uncheck();
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);
    expect(await axeViolations(page)).toEqual([]);

    const { draft } = await admin.call('getConfigDraft');
    expect(draft.config.wrapUp.maxSeconds).toBe(90);
    expect(draft.config.wrapUp.dispositions[0]).toEqual({ code: 'call-back', label: 'Call back' });
    expect(draft.config.screenPop.channels).toEqual({ email: 'interaction-record' });
    expect(draft.config.facts.tier.label).toBe('Customer tier');
    expect(draft.config.features.merge.enabled).toBe(false);
    expect(draft.changes.map((c) => c.path).sort()).toEqual(expect.arrayContaining(['features.merge.enabled', 'screenPop.channels.email', 'wrapUp.maxSeconds']));
    await admin.send('discardConfigDraft');
    await page.close();
  }, 90_000);
});
