import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './tests/support/browser';
import { startMemoryEmulator } from './tests/support/emulator';
const emulator = await startMemoryEmulator();
const browser = await launchChromium();
try {
  const width = Number(process.env.W ?? 1440);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300)); });
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(`${emulator.url}/lightning/page/home`);
  await page.getByLabel('Username').fill('agent@customercard.example');
  await page.getByLabel('Password').fill('emulator');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL('**/lightning/page/home');
  const axe = async (name: string) => {
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const v = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations.map((v: any) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`));
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    console.log(name, 'scroll', sw, v);
    await page.screenshot({ path: `/tmp/sfc-${name}-${width}.png`, fullPage: true });
  };
  for (const step of (process.env.STEPS ?? 'home,list,search,record').split(',')) {
    if (step === 'home') { await page.waitForTimeout(1500); await axe('home'); }
    if (step === 'list') { await page.getByRole('link', { name: 'Contacts' }).click(); await page.locator('#list-view table').waitFor(); await axe('list'); }
    if (step === 'search') { await page.getByRole('searchbox').fill(process.env.SEARCH ?? '+1 415 555 1000'); await page.keyboard.press('Enter'); await page.locator('.lp-search-group').first().waitFor(); await axe('search'); }
    if (step === 'record') { await page.locator('.lp-search-group[data-object="Contact"] a').first().click(); await page.locator('.record-title').waitFor(); await page.waitForTimeout(1500); await axe('record');
      await page.getByRole('link', { name: 'Acme Logistics' }).first().click(); await page.waitForTimeout(1500);
      await page.getByRole('tab', { name: 'Related' }).click(); await page.waitForTimeout(1000); await axe('related');
      await page.getByRole('tab', { name: 'Activity' }).click(); await page.waitForTimeout(1000); await axe('activity'); }
  }
} finally { await browser.close(); await emulator.close(); }
