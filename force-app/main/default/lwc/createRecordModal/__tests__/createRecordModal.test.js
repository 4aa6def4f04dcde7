import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CreateRecordModal from 'c/createRecordModal';
import { createRecord } from 'lightning/uiRecordApi';
import { defaultConfig } from 'c/customerCardDomain';

const interaction = require('./data/interaction.json');
const card = require('./data/card.json');
const requiredFieldError = require('./data/caseRequiredFieldError.json');

jest.mock('lightning/uiRecordApi', () => ({ createRecord: jest.fn() }), { virtual: true });

// Lets fetch mocks, wires and re-renders settle, as lwc-recipes' flushPromises does.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
    const element = createElement('c-create-record-modal', { is: CreateRecordModal });
    Object.assign(element, { interaction, card, config: defaultConfig() });
    document.body.appendChild(element);
    return element;
}

async function pick(element, type) {
    element.querySelector('lightning-combobox').dispatchEvent(new CustomEvent('change', { detail: { value: type } }));
    await flush();
}

const input = (element, field) => element.querySelector(`lightning-input[data-field="${field}"]`);

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
});

describe('c-create-record-modal', () => {
    it('offers the types the admin allows (§4.1)', () => {
        const element = mount();
        expect(element.querySelector('lightning-combobox').options.map((o) => o.value)).toEqual(['Contact', 'Lead', 'Case']);
    });

    it('pre-fills the form from the interaction through the domain', async () => {
        const element = mount();
        await pick(element, 'Contact');
        expect(input(element, 'Phone').value).toBe('+49301234567');
        expect(input(element, 'FirstName').value).toBe('Ana');
        expect(input(element, 'LastName').value).toBe('Müller');
    });

    it('shows CRM field errors next to the field and keeps what was typed (§4.2)', async () => {
        createRecord.mockRejectedValueOnce(requiredFieldError);
        const element = mount();
        await pick(element, 'Case');
        input(element, 'SuppliedName').dispatchEvent(new CustomEvent('change', { detail: { value: 'Ana Müller-Lüdenscheidt' } }));
        element.querySelector('lightning-button.cc-save').click();
        await flush();
        expect(element.querySelector('.cc-field-error[data-field="Origin"]').textContent).toBe('Required fields are missing: [Origin]');
        expect(input(element, 'SuppliedName').value).toBe('Ana Müller-Lüdenscheidt');
        expect(input(element, 'SuppliedPhone').value).toBe('+49301234567');

        createRecord.mockResolvedValueOnce({ id: '5005g00000New01AAA' });
        const created = jest.fn();
        element.addEventListener('created', created);
        input(element, 'Origin').dispatchEvent(new CustomEvent('change', { detail: { value: 'Phone' } }));
        element.querySelector('lightning-button.cc-save').click();
        await flush();
        expect(createRecord).toHaveBeenLastCalledWith({
            apiName: 'Case',
            fields: { SuppliedPhone: '+49301234567', SuppliedName: 'Ana Müller-Lüdenscheidt', Origin: 'Phone' }
        });
        expect(created.mock.calls[0][0].detail).toEqual({ id: '5005g00000New01AAA', objectApiName: 'Case' });
    });

    it('closes with Escape', () => {
        const element = mount();
        const closed = jest.fn();
        element.addEventListener('close', closed);
        element.querySelector('section').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(closed).toHaveBeenCalled();
    });

    it('is accessible', async () => {
        const element = mount();
        await pick(element, 'Contact');
        await expect(element).toBeAccessible();
    });
});
