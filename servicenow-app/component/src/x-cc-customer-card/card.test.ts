// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CASE_ID, fakeBackend, interaction, RAFAEL } from './testing/fakeBackend';
import { loadCard } from './testing/loadCard';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('the customer card (§1)', () => {
  it('renders the interaction given by its properties, with the records to relate newest first', async () => {
    const card = await mountCard();
    expect(card.q('.card-title')!.textContent).toBe('Ana Souza');
    expect(card.q('.greeting')!.textContent).toBe('Hello Ana Souza');
    expect(card.q('.facts')!.textContent).toContain('+14155551020');
    await card.openRelatesTo();
    expect(card.qa('[role=option]').map((o) => o.textContent)).toEqual(['ConsumerRafael Souza', 'AccountAcme Fibre Ltd.', 'Consumer(no name)', 'ConsumerAna Souza']);
  });

  it('titles the card with who is on the line until someone is identified', async () => {
    const card = await mountCard({ interaction: { cardId: undefined, ivr: { ...interaction.ivr!, outcome: 'not-identified', matches: [] } } });
    expect(card.q('.card-title')!.textContent).toBe('+14155551020');
  });

  it('names nobody while the IVR only has candidates (ambiguous): the agent picks one', async () => {
    const card = await mountCard({ interaction: { cardId: undefined, ivr: { ...interaction.ivr!, outcome: 'ambiguous' } } });
    expect(card.q('.card-title')!.textContent).toBe('+14155551020');
  });

  it('shows who is calling as soon as the interaction is in, before the slower first requests answer', async () => {
    const backend = fakeBackend();
    let releaseConfig = () => {};
    const configHeld = new Promise<void>((resolve) => (releaseConfig = resolve));
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith('/cc/v1/config')) await configHeld;
      return backend.fetch(input, init);
    });
    const { whenComponentIsIdle } = await loadCard();
    const element = Object.assign(document.createElement('x-cc-customer-card'), { interactionId: interaction.id, sysId: CASE_ID });
    document.body.append(element);
    await whenComponentIsIdle(element);
    const root = element.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('.card-title')!.textContent).toBe('Ana Souza'));
    expect(root.querySelector('.card')!.getAttribute('aria-busy')).toBe('true');
    releaseConfig();
    await vi.waitFor(() => expect(root.querySelector('.card')!.getAttribute('aria-busy')).toBe('false'));
  });

  it('expands and collapses its sections', async () => {
    const card = await mountCard();
    const toggle = card.q('.section-current .disclosure')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await vi.waitFor(() => expect(card.q('#cc-section-current')).toBeNull());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await vi.waitFor(() => expect(card.q('#cc-section-current')).not.toBeNull());
  });

  it('is usable from the keyboard: arrows move, Enter relates, Escape closes', async () => {
    const card = await mountCard();
    await card.openRelatesTo();
    const listbox = card.q('[role=listbox]')!;
    expect(card.root.activeElement).toBe(listbox);
    key(listbox, 'ArrowDown');
    await vi.waitFor(() => expect(listbox.getAttribute('aria-activedescendant')).toBe('cc-relates-to-option-1'));
    key(listbox, 'ArrowUp');
    await vi.waitFor(() => expect(listbox.getAttribute('aria-activedescendant')).toBe('cc-relates-to-option-0'));
    key(listbox, 'Enter');
    await vi.waitFor(() => expect(card.backend.patches).toEqual([{ consumer: RAFAEL.sys_id }]));
    await card.openRelatesTo();
    key(card.q('[role=listbox]')!, 'Escape');
    await vi.waitFor(() => expect(card.q('[role=listbox]')).toBeNull());
  });

  it('links a record to the interaction and unlinks it (§2.1)', async () => {
    const card = await mountCard();
    const linkOf = () => card.qa('.records .record').find((r) => r.textContent!.includes('Rafael'))!.querySelector<HTMLButtonElement>('.link')!;
    linkOf().click();
    await vi.waitFor(() => expect(linkOf().getAttribute('aria-pressed')).toBe('true'));
    expect(card.backend.links).toEqual([expect.objectContaining({ record: { crm: 'servicenow', object: 'csm_consumer', id: RAFAEL.sys_id } })]);
    linkOf().click();
    await vi.waitFor(() => expect(linkOf().getAttribute('aria-pressed')).toBe('false'));
    expect(card.backend.links[0].state).toBe('unlinked');
  });

  it('talks to the contact center at the admin\'s URL with the session cookie, and reads the page\'s CSRF token once', async () => {
    let tokenReads = 0;
    Object.defineProperty(globalThis, 'g_ck', { configurable: true, get: () => (tokenReads++, 'ck-3f9a') });
    try {
      const card = await mountCard({ properties: { ccApiUrl: 'https://cc.example.com/cc/v1' } });
      await card.relate('Rafael Souza');
      await vi.waitFor(() => expect(card.backend.patches).toHaveLength(1));
      card.qa('.records .record').find((r) => r.textContent!.includes('Acme'))!.querySelector<HTMLButtonElement>('.link')!.click();
      await vi.waitFor(() => expect(card.backend.links).toHaveLength(1));
      const requests = card.fetch.mock.calls.map(([input, init]) => ({ url: new URL(String(input), 'https://instance.example'), init: init ?? {} }));
      const ccCalls = requests.filter((r) => r.url.pathname.startsWith('/cc/v1/'));
      const tableCalls = requests.filter((r) => r.url.pathname.startsWith('/api/now/table/'));
      expect(ccCalls.length).toBeGreaterThan(3);
      expect(ccCalls.every((r) => r.url.origin === 'https://cc.example.com' && r.init.credentials === 'include')).toBe(true);
      expect(tableCalls.length).toBeGreaterThan(3);
      expect(tableCalls.every((r) => new Headers(r.init.headers).get('X-UserToken') === 'ck-3f9a')).toBe(true);
      // One Table API client per card, made when it loaded, serves every later action.
      expect(tokenReads).toBe(1);
    } finally {
      delete (globalThis as { g_ck?: unknown }).g_ck;
    }
  });

  it('sends the host\'s bearer token to the contact center where the session cookie is blocked', async () => {
    const card = await mountCard({ properties: { ccApiUrl: 'https://cc.example.com/cc/v1', ccToken: 'tok-81c2' } });
    await card.relate('Rafael Souza');
    await vi.waitFor(() => expect(card.backend.patches).toHaveLength(1));
    const requests = card.fetch.mock.calls.map(([input, init]) => ({ url: new URL(String(input), 'https://instance.example'), init: init ?? {} }));
    const ccCalls = requests.filter((r) => r.url.pathname.startsWith('/cc/v1/'));
    expect(ccCalls.length).toBeGreaterThan(2);
    expect(ccCalls.every((r) => new Headers(r.init.headers).get('authorization') === 'Bearer tok-81c2')).toBe(true);
    // The Table API keeps the instance's own session; the token never leaves for ServiceNow.
    const tableCalls = requests.filter((r) => r.url.pathname.startsWith('/api/now/table/'));
    expect(tableCalls.some((r) => new Headers(r.init.headers).has('authorization'))).toBe(false);
  });

  it('has no accessibility violations, with the listbox open and a relation made', async () => {
    const card = await mountCard();
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.relations()).toHaveLength(1));
    await card.openRelatesTo();
    // jsdom does not lay out or paint, so contrast is checked in the browser test instead.
    const result = await axe.run(card.element, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(5);
  });
});
