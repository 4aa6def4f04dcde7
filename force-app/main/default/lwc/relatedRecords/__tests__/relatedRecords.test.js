import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import RelatedRecords from 'c/relatedRecords';

const records = require('./data/records.json');

// Lets fetch mocks, wires and re-renders settle, as lwc-recipes' flushPromises does.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
    const element = createElement('c-related-records', { is: RelatedRecords });
    Object.assign(element, { records, links: [], interactionId: 'int-000007', linkEnabled: true });
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-related-records', () => {
    it('lists the records matching the contact with a link toggle each (§5.1)', () => {
        const element = mount();
        expect(element.querySelectorAll('.cc-related-row')).toHaveLength(2);
        expect(element.querySelectorAll('c-link-toggle')).toHaveLength(2);
    });

    it('asks the card to refresh (§5.2)', () => {
        const element = mount();
        const refresh = jest.fn();
        element.addEventListener('refresh', refresh);
        element.querySelector('lightning-button-icon.cc-refresh').click();
        expect(refresh).toHaveBeenCalled();
    });

    it('loads related records only when the arrow expands a record (§5.2)', async () => {
        const element = mount();
        expect(element.querySelectorAll('c-related-children')).toHaveLength(0);
        const arrow = element.querySelector('lightning-button-icon.cc-expand');
        expect(arrow.getAttribute('aria-expanded')).toBe('false');
        arrow.click();
        await flush();
        const groups = [...element.querySelectorAll('c-related-children')];
        expect(groups.map((g) => g.objectApiName)).toEqual(['Case', 'Task']);
        expect(element.querySelector('lightning-button-icon.cc-expand').getAttribute('aria-expanded')).toBe('true');
    });

    it('is accessible', async () => {
        await expect(mount()).toBeAccessible();
    });
});
