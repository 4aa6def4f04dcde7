// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANA, LUCA } from './testing/fakeBackend';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('Related interactions (§5)', () => {
  it('lists the consumer matching the contact\'s phone, grouped by the domain, and expands it on demand', async () => {
    const card = await mountCard();
    await vi.waitFor(() => expect(card.qa('.related-entry')).toHaveLength(1));
    const entry = card.q('.related-entry')!;
    expect(entry.dataset.group).toBe('person');
    expect(entry.textContent).toContain(ANA.name);
    const arrow = entry.querySelector<HTMLButtonElement>('.expand')!;
    expect(arrow.getAttribute('aria-expanded')).toBe('false');
    arrow.click();
    await vi.waitFor(() => expect(card.q('.children')).not.toBeNull());
    expect(card.qa('.child-list').map((l) => l.getAttribute('aria-label'))).toEqual(['Cases', 'Past interactions']);
    expect(card.q('.child-list[aria-label=Cases]')!.textContent).toContain('CS0001001');
    expect(arrow.getAttribute('aria-expanded')).toBe('true');
  });

  it('before a card exists, looks the caller up by their number read in the admin\'s default region (§1.3)', async () => {
    const card = await mountCard({ phoneRegion: 'CH', interaction: { from: '044 668 18 00', cardId: undefined, ivr: undefined } });
    await vi.waitFor(() => expect(card.qa('.related-entry')).toHaveLength(1));
    expect(card.q('.related-entry')!.textContent).toContain(LUCA.name);
  });
});
