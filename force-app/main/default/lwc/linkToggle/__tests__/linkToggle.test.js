import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import LinkToggle from 'c/linkToggle';
import { flushPromises } from '../../../../../test/jest/flush';

const links = require('./data/links.json');

const account = { crm: 'salesforce', object: 'Account', id: '0015g00000Alp01AAA' };
const contact = { crm: 'salesforce', object: 'Contact', id: '0035g00000Ana01AAA' };
const opportunity = { crm: 'salesforce', object: 'Opportunity', id: '0065g00000Opp01AAA' };

function mount(record) {
    const element = createElement('c-link-toggle', { is: LinkToggle });
    Object.assign(element, { record, links, interactionId: 'int-000001' });
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);

const respond = (body, status = 200) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(JSON.stringify(body)) });

beforeEach(() => {
    global.fetch = jest.fn(() => respond({ link: links[0] }));
});

afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-link-toggle', () => {
    it('shows each link state with its icon (§2.1)', () => {
        const looks = [account, contact, opportunity].map((record) => {
            const element = mount(record);
            return [element.querySelector('.cc-link-toggle').dataset.state, element.querySelector('lightning-button-icon').iconName];
        });
        expect(looks).toEqual([
            ['linked', 'utility:link'],
            ['written', 'utility:check'],
            ['unlinked', 'utility:unlinked']
        ]);
    });

    it('links an unlinked record and tells the card', async () => {
        const element = mount(opportunity);
        const changed = jest.fn();
        element.addEventListener('linkchange', changed);
        element.querySelector('lightning-button-icon').click();
        await flushPromises();
        expect(global.fetch).toHaveBeenCalledWith('/cc/v1/interactions/int-000001/links', expect.objectContaining({ method: 'POST', body: JSON.stringify(opportunity) }));
        expect(changed).toHaveBeenCalled();
    });

    it('unlinks a linked record by its link id', async () => {
        mount(account).querySelector('lightning-button-icon').click();
        await flushPromises();
        expect(global.fetch).toHaveBeenCalledWith(`/cc/v1/interactions/int-000001/links/${links[0].id}`, expect.objectContaining({ method: 'DELETE' }));
    });

    it('calls the configured service origin with the page’s credentials', async () => {
        const element = mount(opportunity);
        element.ccBaseUrl = 'https://cc.example.com/';
        element.querySelector('lightning-button-icon').click();
        await flushPromises();
        expect(global.fetch).toHaveBeenCalledWith('https://cc.example.com/cc/v1/interactions/int-000001/links', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    });

    it('shows why the service refused', async () => {
        global.fetch = jest.fn(() => respond({ error: 'conflict', message: 'The interaction is closed.' }, 409));
        const element = mount(opportunity);
        element.querySelector('lightning-button-icon').click();
        await flushPromises();
        expect(element.querySelector('[role="alert"]').textContent).toBe('The interaction is closed.');
    });

    it('is accessible', async () => {
        await expect(mount(account)).toBeAccessible();
    });
});
