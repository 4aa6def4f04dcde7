import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CustomerCard from 'c/customerCard';
import { flushPromises } from '../../../../../test/jest/flush';

beforeAll(registerSa11yMatcher);
beforeEach(() => {
    global.fetch = jest.fn(() => Promise.reject(new Error('an unconfigured card must not call out')));
    global.EventSource = jest.fn();
});
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    delete global.EventSource;
});

async function mountUnconfigured() {
    const element = createElement('c-customer-card', { is: CustomerCard });
    Object.assign(element, { recordId: '0015g00000Alp01AAA', objectApiName: 'Account' });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

describe('c-customer-card without its Contact-center service URL', () => {
    it('tells the admin what to set and where, and calls nothing', async () => {
        const element = await mountUnconfigured();
        const message = element.querySelector('.cc-needs-configuration');
        expect(message.getAttribute('role')).toBe('alert');
        expect(message.textContent).toContain('Contact-center service URL');
        expect(message.textContent).toContain('Lightning App Builder');
        expect(global.fetch).not.toHaveBeenCalled();
        expect(global.EventSource).not.toHaveBeenCalled();
        // Neither the interaction nor a "no interaction" note: only the configuration message.
        expect(element.textContent).not.toMatch(/No open interaction|Current interaction/);
    });

    it('is accessible', async () => {
        await expect(await mountUnconfigured()).toBeAccessible();
    });
});
