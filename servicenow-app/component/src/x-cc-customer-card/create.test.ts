// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFields } from './actions/createFields';
import { EMITTED } from './actionTypes';
import { mountCard } from './testing/mountCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

type Card = Awaited<ReturnType<typeof mountCard>>;

const type = (card: Card, field: string, value: string) => {
  const input = card.q<HTMLInputElement>(`#cc-create-${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

async function openCreate(card: Card, object?: string) {
  card.q('.create-new')!.click();
  await vi.waitFor(() => expect(card.q('[role=dialog]#cc-create')).not.toBeNull());
  if (!object) return;
  const select = card.q<HTMLSelectElement>('#cc-create-type')!;
  select.value = object;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(card.q(`#cc-create-${createFields(object)[0].name}`)).not.toBeNull());
}

describe('Create new from Related interactions (§4)', () => {
  it('offers the types the admin allows, pre-filled from the interaction by the domain', async () => {
    const card = await mountCard();
    await openCreate(card);
    const options = [...card.q<HTMLSelectElement>('#cc-create-type')!.options].map((o) => o.textContent);
    expect(options).toEqual(['Consumer', 'Contact', 'Case']);
    expect(card.q<HTMLInputElement>('#cc-create-phone')!.value).toBe('+14155551020');
    expect(card.q<HTMLInputElement>('#cc-create-first_name')!.value).toBe('Ana');
    expect(card.q<HTMLInputElement>('#cc-create-last_name')!.value).toBe('Souza');
    expect(card.root.activeElement).toBe(card.q('#cc-create-type'));
  });

  it('shows only the types an admin allows, and no button when creating is off (§1.3)', async () => {
    const only = await mountCard({ features: { create: { allowedTypes: { servicenow: ['sn_customerservice_case'] } } } });
    await openCreate(only);
    expect([...only.q<HTMLSelectElement>('#cc-create-type')!.options].map((o) => o.value)).toEqual(['sn_customerservice_case']);
    document.body.replaceChildren();
    const off = await mountCard({ features: { create: { enabled: false } } });
    expect(off.q('.create-new')).toBeNull();
  });

  it('shows ServiceNow\'s data-policy error beside Short description and keeps what was typed (§4.2)', async () => {
    const card = await mountCard();
    await openCreate(card, 'sn_customerservice_case');
    type(card, 'description', 'Fibre box blinks red since Monday');
    card.q('#cc-create .save')!.click();
    await vi.waitFor(() => expect(card.q('#cc-create-short_description-error')!.textContent).toBe('Short description is mandatory'));
    expect(card.q('#cc-create-short_description')!.getAttribute('aria-invalid')).toBe('true');
    expect(card.q('#cc-create-short_description')!.getAttribute('aria-describedby')).toBe('cc-create-short_description-error');
    expect(card.q<HTMLTextAreaElement>('#cc-create-description')!.value).toBe('Fibre box blinks red since Monday');
    expect(card.q('#cc-create-error')).toBeNull();
    expect(card.backend.inserts).toEqual([]);
  });

  it('saves through the Table API once fixed; the record joins the card, is reported visited and opens', async () => {
    const card = await mountCard();
    const opened = vi.fn();
    card.element.addEventListener(EMITTED.RECORD_CREATED, (e) => opened((e as CustomEvent).detail.payload));
    await openCreate(card, 'sn_customerservice_case');
    type(card, 'description', 'Fibre box blinks red');
    card.q('#cc-create .save')!.click();
    await vi.waitFor(() => expect(card.q('#cc-create-short_description-error')).not.toBeNull());
    type(card, 'short_description', 'No internet');
    await vi.waitFor(() => expect(card.q('#cc-create-short_description-error')).toBeNull());
    card.q('#cc-create .save')!.click();
    await vi.waitFor(() => expect(card.q('#cc-create')).toBeNull());
    // The case belongs to the identified caller and carries the call's channel.
    expect(card.backend.inserts).toEqual([{ table: 'sn_customerservice_case', body: {
      short_description: 'No internet', description: 'Fibre box blinks red', consumer: 'a1000000000000000000000000000001', contact_type: 'phone',
    } }]);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ table: 'sn_customerservice_case', sysId: expect.stringMatching(/^f0+1$/) }));
    expect(card.backend.current.visited.at(-1)).toEqual({ crm: 'servicenow', object: 'sn_customerservice_case', id: opened.mock.calls[0][0].sysId, at: expect.any(String) });
    await vi.waitFor(() => expect(card.q('.related-entry[data-group=created]')!.textContent).toContain('CS1003'));
  });

  it('a created consumer can be related to the case at once (it was visited during the interaction)', async () => {
    const card = await mountCard();
    await openCreate(card);
    type(card, 'first_name', 'Beatriz');
    card.q('#cc-create .save')!.click();
    await vi.waitFor(() => expect(card.q('#cc-create')).toBeNull());
    expect(card.backend.inserts).toEqual([{ table: 'csm_consumer', body: { phone: '+14155551020', first_name: 'Beatriz', last_name: 'Souza' } }]);
    await vi.waitFor(() => expect(card.qa('.records .record')[0].textContent).toContain('Beatriz Souza'));
    await card.relate('Beatriz Souza');
    await vi.waitFor(() => expect(card.backend.patches).toEqual([{ consumer: expect.stringMatching(/^f0+1$/) }]));
  });

  it('is usable from the keyboard and accessible, error shown', async () => {
    const card = await mountCard();
    await openCreate(card, 'sn_customerservice_case');
    card.q('#cc-create .save')!.click();
    await vi.waitFor(() => expect(card.q('#cc-create-short_description-error')).not.toBeNull());
    const result = await axe.run(card.q('#cc-create')!, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    // Tab from the last control wraps to the first; Escape closes.
    const dialog = card.q('#cc-create')!;
    card.q<HTMLButtonElement>('#cc-create .save')!.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(card.root.activeElement).toBe(card.q('#cc-create-type'));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(card.q('#cc-create')).toBeNull());
  });
});
