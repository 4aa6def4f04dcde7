// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACME, ANA, RAFAEL } from './testing/fakeBackend';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('Relates to on the case (§3.2)', () => {
  it('fills the case Consumer field through the Table API and shows the consumer green', async () => {
    const card = await mountCard();
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.backend.patches).toEqual([{ consumer: ANA.sys_id }]));
    await vi.waitFor(() => expect(card.relations()).toEqual([expect.objectContaining({ field: 'consumer', icon: 'current' })]));
    expect(card.q('.relation-consumer')!.textContent).toContain('Ana Souza');
  });

  it('replaces the relation when a record of the same type is picked', async () => {
    const card = await mountCard();
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.relations()).toHaveLength(1));
    await card.relate('Rafael Souza');
    await vi.waitFor(() => expect(card.backend.caseFields.consumer).toBe(RAFAEL.sys_id));
    await vi.waitFor(() => expect(card.relations()).toEqual([expect.objectContaining({ field: 'consumer', icon: 'current', text: expect.stringContaining('Rafael') })]));
  });

  it('adds a relation for another type; the first stays related in ServiceNow with a white icon', async () => {
    const card = await mountCard();
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.relations()).toHaveLength(1));
    await card.relate('Acme Fibre');
    await vi.waitFor(() => expect(card.relations()).toHaveLength(2));
    expect(card.backend.caseFields).toMatchObject({ consumer: ANA.sys_id, account: ACME.sys_id });
    expect(card.relations()).toEqual([
      expect.objectContaining({ field: 'consumer', icon: 'still-related-in-crm' }),
      expect.objectContaining({ field: 'account', icon: 'current' }),
    ]);
    expect(card.q('.relation-consumer .relation-icon')!.tagName).toBe('SPAN');
  });

  it('removes the relation when its green icon is clicked (the field is cleared)', async () => {
    const card = await mountCard();
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.relations()).toHaveLength(1));
    card.q('.relation-consumer button.relation-icon')!.click();
    await vi.waitFor(() => expect(card.relations()).toEqual([]));
    expect(card.backend.patches.at(-1)).toEqual({ consumer: '' });
  });

  it('shows an empty field and a preview for a record with no display name', async () => {
    const card = await mountCard();
    const row = card.qa('.records .record').find((r) => r.querySelector('.empty-name'))!;
    expect(row.querySelector<HTMLInputElement>('.empty-name')!.value).toBe('');
    row.querySelector<HTMLButtonElement>('.preview')!.click();
    await vi.waitFor(() => expect(card.q('[role=dialog]')!.textContent).toContain('no.name@example.com'));
    card.q<HTMLButtonElement>('[role=dialog] .close')!.click();
    await vi.waitFor(() => expect(card.q('[role=dialog]')).toBeNull());
  });

  it('shows ServiceNow\'s error next to the control and keeps the relations as they were', async () => {
    const card = await mountCard();
    card.backend.state.failPatch = { status: 403, message: 'Operation Failed', detail: 'ACL Exception Update Failed due to security constraints' };
    await card.relate('Ana Souza');
    await vi.waitFor(() => expect(card.q('#cc-relate-error')!.textContent).toContain('ACL Exception Update Failed'));
    expect(card.q('#cc-relate-error')!.getAttribute('role')).toBe('alert');
    expect(card.q('.relates-to-button')!.getAttribute('aria-describedby')).toBe('cc-relate-error');
    expect(card.relations()).toEqual([]);
  });

  it('refuses to relate when an admin switched relating off, and hides the control', async () => {
    const card = await mountCard({ features: { relate: { enabled: false } } });
    expect(card.q('.relates-to')).toBeNull();
    expect(card.backend.patches).toEqual([]);
  });
});
