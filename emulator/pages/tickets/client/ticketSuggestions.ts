import { createCcClient } from '../../../../shared/contract/client';

const DEBOUNCE_MS = 150;

/**
 * Suggestions as the agent types in the agent and contact filters: the imported people whose
 * name or email contains the text fill the field's datalist (the browser shows them).
 */
function suggestInto(input: HTMLInputElement, api: ReturnType<typeof createCcClient>): void {
  const list = document.getElementById(input.getAttribute('list') ?? '') as HTMLDataListElement | null;
  const role = input.dataset.suggest as 'agent' | 'contact';
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (!list || typed.length < 2) return;
    timer = setTimeout(async () => {
      const found = await api.call('suggestTicketPeople', { query: { role, q: typed } }).catch(() => null);
      if (!found || input.value.trim() !== typed) return;
      list.replaceChildren(
        ...found.people.map((p) => {
          const option = document.createElement('option');
          option.value = p.name;
          option.label = p.email;
          return option;
        }),
      );
    }, DEBOUNCE_MS);
  });
}

const api = createCcClient();
for (const input of document.querySelectorAll<HTMLInputElement>('input[data-suggest]')) suggestInto(input, api);
