import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import MergeDialog from 'c/mergeDialog';
import { flushPromises } from '../../../../../test/jest/flush';

const duplicates = require('./data/duplicates.json');
const card = require('../../createRecordModal/__tests__/data/card.json');

const respond = (body, status = 200) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(JSON.stringify(body)) });

function mount() {
    const element = createElement('c-merge-dialog', { is: MergeDialog });
    element.card = card;
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
beforeEach(() => {
    global.fetch = jest.fn((url) => {
        if (url.endsWith('/duplicates')) return respond(duplicates);
        if (url.includes('/cards?q=')) return respond({ cards: [{ ...duplicates.duplicates[1].card, id: 'card-000020', name: 'Anastasia Müller' }] });
        if (url.endsWith('/merge')) return respond({ card: { ...card, interactionIds: ['int-000007', 'int-000004'] } });
        return respond({}, 404);
    });
});
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-merge-dialog', () => {
    it('lists the ranked duplicates with their reasons (§6.2)', async () => {
        const element = mount();
        await flushPromises();
        const rows = [...element.querySelectorAll('.cc-merge-row')];
        expect(rows.map((r) => r.querySelector('input').dataset.id)).toEqual(['card-000009', 'card-000011']);
        expect(rows[0].querySelector('.cc-merge-reasons').textContent).toBe('Same phone number, Similar name');
    });

    it('searches all cards', async () => {
        const element = mount();
        await flushPromises();
        element.querySelector('lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value: 'Anastasia' } }));
        await flushPromises();
        expect(global.fetch).toHaveBeenCalledWith('/cc/v1/cards?q=Anastasia', expect.anything());
        expect([...element.querySelectorAll('.cc-merge-row input')].map((i) => i.dataset.id)).toEqual(['card-000020']);
    });

    it('merges the chosen cards and shows a success toast (§6.3)', async () => {
        const element = mount();
        await flushPromises();
        const toast = jest.fn();
        const merged = jest.fn();
        element.addEventListener('lightning__showtoast', toast);
        element.addEventListener('merged', merged);
        const checkbox = element.querySelector('input[data-id="card-000009"]');
        checkbox.checked = true;
        checkbox.dispatchEvent(new CustomEvent('change'));
        await flushPromises();
        element.querySelector('lightning-button.cc-merge-confirm').click();
        await flushPromises();
        expect(global.fetch).toHaveBeenCalledWith('/cc/v1/cards/card-000003/merge', expect.objectContaining({ method: 'POST', body: JSON.stringify({ cardIds: ['card-000009'] }) }));
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
        expect(merged).toHaveBeenCalled();
    });

    it('starts on the search field and closes with Escape', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = mount();
        await flushPromises();
        expect(focus.mock.contexts).toEqual([element.querySelector('lightning-input')]);
        const closed = jest.fn();
        element.addEventListener('close', closed);
        element.querySelector('section').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(closed).toHaveBeenCalled();
        focus.mockRestore();
    });

    it('is accessible', async () => {
        const element = mount();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
