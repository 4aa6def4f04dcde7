// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARDS } from './testing/fakeBackend';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

type Card = Awaited<ReturnType<typeof mountCard>>;

async function openMerge(card: Card) {
  card.q<HTMLButtonElement>('.merge-open')!.focus();
  card.q('.merge-open')!.click();
  await vi.waitFor(() => expect(card.q('#cc-merge .duplicates')).not.toBeNull());
}

async function search(card: Card, query: string) {
  const input = card.q<HTMLInputElement>('#cc-merge-query')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(() => expect(card.q<HTMLInputElement>('#cc-merge-query')!.value).toBe(query));
  card.q('#cc-merge .search')!.click();
  await vi.waitFor(() => expect(card.q('#cc-merge .results')).not.toBeNull());
}

const pick = (card: Card, cardId: string) => card.q<HTMLInputElement>(`#cc-merge-${cardId}`)!.click();

describe('Merging customer cards (§6)', () => {
  it('lists the probable duplicates ranked with their reasons', async () => {
    const card = await mountCard();
    await openMerge(card);
    const rows = card.qa('#cc-merge .duplicates .merge-candidate');
    expect(rows.map((r) => r.dataset.card)).toEqual([CARDS.anaEmail.id]);
    expect(rows[0].textContent).toContain('ana.souza@example.com');
    expect(rows[0].textContent).toContain('Probable duplicate: similar name');
    expect(card.q('#cc-merge .merge')!.hasAttribute('disabled')).toBe(true);
  });

  it('searches all cards, merges the selected ones into the open card and shows the service\'s message', async () => {
    const card = await mountCard();
    await openMerge(card);
    await search(card, 'jordi');
    expect(card.qa('#cc-merge .results .merge-candidate').map((r) => r.dataset.card)).toEqual([CARDS.jordi.id]);
    pick(card, CARDS.anaEmail.id);
    pick(card, CARDS.jordi.id);
    await vi.waitFor(() => expect(card.q('#cc-merge .merge')!.textContent).toBe('Merge 2 cards'));
    card.q('#cc-merge .merge')!.click();
    await vi.waitFor(() => expect(card.q('#cc-merge')).toBeNull());
    expect(card.backend.merges).toEqual([{ cardId: CARDS.ana.id, cardIds: [CARDS.anaEmail.id, CARDS.jordi.id] }]);
    expect(card.q('.merge-message')!.textContent).toBe('Merged 2 card(s) into Ana Souza.');
    expect(card.q('.merge-message')!.getAttribute('role')).toBe('status');
  });

  it('is keyboard-usable and accessible: labelled dialog and checkboxes, focus starts in the search, Escape closes and gives focus back', async () => {
    const card = await mountCard();
    await openMerge(card);
    await search(card, 'jordi');
    expect(card.q('#cc-merge')!.getAttribute('aria-labelledby')).toBe('cc-merge-title');
    expect(card.q('#cc-merge-title')!.textContent).toBe('Merge into Ana Souza');
    expect(card.root.activeElement).toBe(card.q('#cc-merge-query'));
    const result = await axe.run(card.q('#cc-merge')!, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    card.q('#cc-merge')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(card.q('#cc-merge')).toBeNull());
    await vi.waitFor(() => expect(card.root.activeElement).toBe(card.q('.merge-open')));
    expect(card.backend.merges).toEqual([]);
  });

  it('has no Merge when an admin switched merging off (§1.3)', async () => {
    const card = await mountCard({ features: { merge: { enabled: false } } });
    expect(card.q('.merge-open')).toBeNull();
  });
});
