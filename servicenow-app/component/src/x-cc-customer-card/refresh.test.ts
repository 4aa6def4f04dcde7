// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RAFAEL } from './testing/fakeBackend';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the card follows the interaction (§1.2)', () => {
  it('reloads messages and links when the host bumps interactionRevision on card.updated', async () => {
    const card = await mountCard();
    expect(card.q('.facts')!.textContent).not.toContain('Last message');
    card.backend.current.messages = [{ from: '+14155551020', text: 'My router is blinking red', at: '2025-01-01T10:01:00.000Z', direction: 'inbound' }];
    card.backend.links.push({ id: 'lnk-9', record: { crm: 'servicenow', object: 'csm_consumer', id: RAFAEL.sys_id }, state: 'linked', interactionId: 'int-000001', linkedAt: '2025-01-01T10:01:30.000Z' });
    const reads = card.backend.counts.interactionReads;
    Object.assign(card.element, { interactionRevision: 1 });
    await vi.waitFor(() => expect(card.q('.facts')!.textContent).toContain('My router is blinking red'));
    expect(card.backend.counts.interactionReads).toBe(reads + 1);
    const rafael = card.qa('.records .record').find((r) => r.textContent!.includes('Rafael'))!;
    expect(rafael.querySelector('.link')!.getAttribute('aria-pressed')).toBe('true');
  });
});
