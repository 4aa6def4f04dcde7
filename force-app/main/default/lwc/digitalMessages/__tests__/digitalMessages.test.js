import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import DigitalMessages from 'c/digitalMessages';

const messages = require('./data/chatMessages.json');

function mount(list) {
    const element = createElement('c-digital-messages', { is: DigitalMessages });
    element.messages = list;
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-digital-messages', () => {
    it('shows every message with its direction', () => {
        const element = mount(messages);
        const items = [...element.querySelectorAll('li')];
        expect(items.map((li) => li.querySelector('.cc-message-text').textContent)).toEqual(messages.map((m) => m.text));
        expect(items[0].className).toContain('slds-chat-listitem_inbound');
        expect(items[1].className).toContain('slds-chat-listitem_outbound');
    });

    it('refreshes when the card passes a new message (§1.2)', async () => {
        const element = mount(messages.slice(0, 2));
        element.messages = messages;
        await Promise.resolve();
        expect(element.querySelectorAll('li')).toHaveLength(3);
        expect(element.querySelector('[aria-live]').textContent).toBe('3 messages');
    });

    it('is accessible', async () => {
        await expect(mount(messages)).toBeAccessible();
    });
});
