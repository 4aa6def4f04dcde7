import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../emulator/demo-services';
import type { RunningEmulator } from '../../emulator/server';
import { signInCc } from '../support/cc';
import { axeViolations, signInAs } from '../support/consoleBrowser';
import { startMemoryEmulator } from '../support/emulator';
import { screenshot } from '../support/screenshot';
import { launchChromium } from '../support/servicenowBrowser';

let emulator: RunningEmulator;
let browser: Browser;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

describe('the admin console’s Data actions page in Chromium (issue 19)', () => {
  it('lists the actions, tests one (request with its secret masked, raw answer, mapped output, contract), keeps a refused edit as typed, and shows a broken contract', async () => {
    const page = await browser.newPage();
    await signInAs(page, emulator.url, 'admin@customercard.example', '/admin/data-actions');
    expect(await page.locator('table tbody tr').allTextContents()).toEqual([expect.stringContaining('Loyalty members (REST)'), expect.stringContaining('Subscriptions (GraphQL)')]);
    expect(await page.getByRole('link', { name: 'Data actions', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: the action's link is reached and followed, the input typed, Test pressed.
    await page.getByRole('link', { name: 'Loyalty members (REST)' }).focus();
    await Promise.all([page.waitForURL(/\/admin\/data-actions\/loyalty$/), page.keyboard.press('Enter')]);
    await page.getByLabel('Input (JSON)').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('{"phone": "(503) 555-0147"}');
    await page.getByRole('button', { name: 'Test', exact: true }).focus();
    await Promise.all([page.waitForURL(/\/test$/), page.keyboard.press('Enter')]);
    expect(await page.locator('#test-outcome').textContent()).toBe('found');
    const request = (await page.locator('#test-request').textContent())!;
    expect(request).toContain('GET /demo-services/loyalty/members?phone=(503)%20555-0147');
    expect(request).toContain('authorization: Bearer ********');
    expect(await page.locator('#test-raw').textContent()).toContain('"fullName": "Jonas Berg"');
    expect(await page.locator('#test-mapped').textContent()).toContain('"tier": "platinum"');
    expect(await page.locator('#test-contract').textContent()).toBe('the output keeps the output contract');
    expect(await page.getByLabel('Input (JSON)').inputValue()).toBe('{"phone": "(503) 555-0147"}');
    expect(await page.content()).not.toContain(DEMO_KEYS.loyalty);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-data-action-test', { fullPage: true });

    // A refused edit keeps what was typed, each error beside its field.
    await page.getByLabel('URL', { exact: true }).fill('ftp://loyalty.example/members');
    await page.getByLabel('Timeout (ms)').fill('20');
    await page.getByLabel('Response mapping (JSONata)').fill('members[0].{ "fullName": fullName, "tier": 42 }');
    await page.getByRole('button', { name: 'Save to draft' }).click();
    await expect.poll(() => page.locator('#f-request-url-error').textContent()).toContain('request.url');
    expect(await page.locator('#f-timeoutMs-error').textContent()).toContain('timeoutMs');
    expect(await page.getByLabel('URL', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('URL', { exact: true }).inputValue()).toBe('ftp://loyalty.example/members');
    expect(await page.getByLabel('Response mapping (JSONata)').inputValue()).toBe('members[0].{ "fullName": fullName, "tier": 42 }');
    expect(await axeViolations(page)).toEqual([]);

    // Fixed, saved into the draft; Test runs the draft's action and shows the broken output contract.
    await page.getByLabel('URL', { exact: true }).fill('/demo-services/loyalty/members?phone=${input.phone}');
    await page.getByLabel('Timeout (ms)').fill('800');
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save to draft' }).click()]);
    await page.getByLabel('Input (JSON)').fill('{"phone": "+15035550147"}');
    await Promise.all([page.waitForURL(/\/test$/), page.getByRole('button', { name: 'Test', exact: true }).click()]);
    expect(await page.locator('#test-outcome').textContent()).toMatch(/^error: contract/);
    expect(await page.locator('#test-mapped').textContent()).toContain('"tier": 42');
    expect(await page.locator('#test-contract').textContent()).toMatch(/^the output breaks the output contract: .*tier/s);
    expect(await axeViolations(page)).toEqual([]);

    // Input that is no JSON object is refused beside its field, as typed.
    await page.getByLabel('Input (JSON)').fill('phone=1');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => page.locator('#test-input-error').textContent()).toContain('not valid JSON');
    expect(await page.getByLabel('Input (JSON)').inputValue()).toBe('phone=1');
    await page.close();

    const admin = await signInCc(emulator.url, 'admin@customercard.example');
    expect((await admin.call('getConfigDraft')).draft.config.dataActions.actions[0].mapping).toContain('"tier": 42');
    expect((await admin.send('discardConfigDraft')).status).toBe(200);
  }, 120_000);
});
