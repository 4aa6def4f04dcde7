import { vi } from 'vitest';
import { CASE_ID, fakeBackend, interaction } from './fakeBackend';
import { loadCard } from './loadCard';

const loaded = loadCard();

/** The card on a case, talking to a fake backend, loaded and idle; `properties` as a host would set them. */
export async function mountCard(options: Parameters<typeof fakeBackend>[0] & { properties?: Record<string, unknown> } = {}) {
  const backend = fakeBackend(options);
  const fetch = vi.fn(backend.fetch);
  vi.stubGlobal('fetch', fetch);
  const { whenComponentIsIdle } = await loaded;
  const element = Object.assign(document.createElement('x-cc-customer-card'), { interactionId: interaction.id, sysId: CASE_ID, ...options.properties });
  document.body.append(element);
  await whenComponentIsIdle(element);
  const root = element.shadowRoot!;
  await vi.waitFor(() => {
    if (!root.querySelector('.section-current')) throw new Error('card not loaded');
  });
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const qa = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const openRelatesTo = async () => {
    q('.relates-to-button')!.click();
    await vi.waitFor(() => {
      if (!q('[role=listbox]')) throw new Error('listbox closed');
    });
  };
  /** Picks the option whose text includes `name` from *Relates to*. */
  const relate = async (name: string) => {
    await openRelatesTo();
    qa('[role=option]').find((o) => o.textContent!.includes(name))!.click();
  };
  const relations = () => qa('.relation').map((r) => ({ field: r.dataset.field, icon: r.dataset.icon, text: r.textContent }));
  return { element, root, backend, fetch, q, qa, openRelatesTo, relate, relations };
}
