import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CardSection from 'c/cardSection';
import { flushPromises } from '../../../../../test/jest/flush';

function mount() {
    const element = createElement('c-card-section', { is: CardSection });
    element.label = 'Current interaction';
    element.contentId = 'cc-current-interaction';
    document.body.appendChild(element);
    return element;
}

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-card-section', () => {
    it('starts open, its button controlling the content', () => {
        const element = mount();
        const button = element.querySelector('button');
        expect(button.textContent).toBe('Current interaction');
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect(element.querySelector(`#${button.getAttribute('aria-controls')}`).className).toBe('slds-section__content');
        expect(element.querySelector('section').className).toBe('slds-section slds-is-open');
    });

    it('collapses and opens again with its button', async () => {
        const element = mount();
        const button = element.querySelector('button');
        button.click();
        await flushPromises();
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(element.querySelector('.slds-section__content')).toBeNull();
        expect(element.querySelector('section').className).toBe('slds-section');
        button.click();
        await flushPromises();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect(element.querySelector('.slds-section__content')).not.toBeNull();
    });

    it('is accessible', async () => {
        const element = mount();
        await expect(element).toBeAccessible();
    });
});
