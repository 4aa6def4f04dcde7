import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import CreateRecordModal from 'c/createRecordModal';
// The preset's stubs (never a `{ virtual: true }` mock: https://github.com/jestjs/jest/issues/16288).
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { configOverDefaults } from 'c/customerCardDomain';
import { flushPromises, waitFor } from '../../../../../test/jest/flush';

const interaction = require('./data/interaction.json');
const card = require('./data/card.json');
const requiredFieldError = require('./data/caseRequiredFieldError.json');
const caseObjectInfo = require('./data/caseObjectInfo.json');
const leadObjectInfo = require('./data/leadObjectInfo.json');
const casePicklistValues = require('./data/casePicklistValues.json');

function mount() {
    const element = createElement('c-create-record-modal', { is: CreateRecordModal });
    Object.assign(element, { interaction, card, config: configOverDefaults({}) });
    document.body.appendChild(element);
    return element;
}

/** Picks a type and lets the object info wire receive its config, as it does a turn later. */
async function pick(element, type) {
    element.querySelector('lightning-combobox').dispatchEvent(new CustomEvent('change', { detail: { value: type } }));
    await flushPromises();
    expect(getObjectInfo.getLastConfig()).toEqual({ objectApiName: type });
}

async function describeType(objectInfo) {
    getObjectInfo.emit(objectInfo);
    await flushPromises();
}

const input = (element, field) => element.querySelector(`[data-field="${field}"]:is(lightning-input, lightning-textarea, lightning-combobox)`);
const fieldNames = (element) => [...element.querySelectorAll('lightning-input, lightning-textarea, lightning-combobox[data-field]')].map((i) => i.dataset.field);
const type = (element, field, value) => input(element, field).dispatchEvent(new CustomEvent('change', { detail: { value } }));
const save = (element) => element.querySelector('lightning-button.cc-save').click();

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

    it('links a new Case to the identified caller and sets its Origin from the channel (§4.1)', async () => {
        const element = createElement('c-create-record-modal', { is: CreateRecordModal });
        const ana = { crm: 'salesforce', object: 'Contact', id: '0035g00000Ana01AAA', name: 'Ana Müller' };
        Object.assign(element, { interaction: { ...interaction, channel: 'voice', ivr: { outcome: 'identified', matches: [ana] } }, card, config: configOverDefaults({}) });
        document.body.appendChild(element);
        await pick(element, 'Case');
        expect(input(element, 'ContactId').value).toBe(ana.id);
        expect(input(element, 'Origin').value).toBe('Phone');
    });

    it('links a new Case to the caller’s Account too, once her Contact is read (§4.1)', async () => {
        const element = createElement('c-create-record-modal', { is: CreateRecordModal });
        const ana = { crm: 'salesforce', object: 'Contact', id: '0035g00000Ana01AAA', name: 'Ana Müller' };
        Object.assign(element, { interaction: { ...interaction, channel: 'voice', ivr: { outcome: 'identified', matches: [ana] } }, card, config: configOverDefaults({}) });
        document.body.appendChild(element);
        await flushPromises();
        expect(getRecord.getLastConfig()).toEqual({ recordId: ana.id, fields: [{ objectApiName: 'Contact', fieldApiName: 'AccountId' }] });
        getRecord.emit({ apiName: 'Contact', id: ana.id, fields: { AccountId: { value: '0015g00000Acme1AAA', displayValue: null } } });
        await flushPromises();
        await pick(element, 'Case');
        expect(input(element, 'ContactId').value).toBe(ana.id);
        expect(input(element, 'AccountId').value).toBe('0015g00000Acme1AAA');
    });

    it('offers a picklist’s values in a combobox, as the org lists them for the record type', async () => {
        const element = mount();
        await pick(element, 'Case');
        await describeType(caseObjectInfo);
        expect(getPicklistValuesByRecordType.getLastConfig()).toEqual({ objectApiName: 'Case', recordTypeId: '012000000000000AAA' });
        getPicklistValuesByRecordType.emit(casePicklistValues);
        await flushPromises();
        expect(input(element, 'Origin').tagName).toBe('LIGHTNING-COMBOBOX');
        expect(input(element, 'Origin').options.map((o) => o.value)).toEqual(['', 'Phone', 'Email', 'Web']);
        // A required picklist has no empty choice.
        expect(input(element, 'Product__c').options.map((o) => o.label)).toEqual(['Fibre 1G', 'Fibre 10G', 'Mobile']);
        expect(input(element, 'Subject').tagName).toBe('LIGHTNING-INPUT');
    });

    it('asks a voice Case what it is about, though the call cannot fill it (§4.1)', async () => {
        const element = mount();
        await pick(element, 'Case');
        await describeType(caseObjectInfo);
        // The layout first, then the org's own required field; read-only fields never.
        expect(fieldNames(element)).toEqual(['Subject', 'Description', 'Origin', 'Priority', 'SuppliedName', 'SuppliedEmail', 'SuppliedPhone', 'Product__c']);
        expect(input(element, 'Subject').label).toBe('Subject');
        expect(input(element, 'Subject').value).toBe('');
        expect(input(element, 'Description').tagName).toBe('LIGHTNING-TEXTAREA');
        expect(input(element, 'Product__c').required).toBe(true);
        expect(input(element, 'SuppliedName').label).toBe('Web Name');
    });

    it('marks what the CRM requires on a Lead', async () => {
        const element = mount();
        await pick(element, 'Lead');
        await describeType(leadObjectInfo);
        expect(fieldNames(element)).toEqual(['FirstName', 'LastName', 'Company', 'Phone', 'Email']);
        expect(input(element, 'Company').required).toBe(true);
        expect(input(element, 'FirstName').required).toBe(false);
    });

    it('shows CRM field errors next to the field and keeps what was typed (§4.2)', async () => {
        createRecord.mockRejectedValueOnce(requiredFieldError);
        const element = mount();
        await pick(element, 'Case');
        type(element, 'Subject', 'Router keeps rebooting');
        type(element, 'SuppliedName', 'Ana Müller-Lüdenscheidt');
        save(element);
        const error = await waitFor(() => element.querySelector('.cc-field-error[data-field="Origin"]').textContent);
        expect(error).toBe('Required fields are missing: [Origin]');
        expect(input(element, 'Origin').className).toContain('slds-has-error');
        expect(input(element, 'Subject').value).toBe('Router keeps rebooting');
        expect(input(element, 'SuppliedName').value).toBe('Ana Müller-Lüdenscheidt');
        expect(input(element, 'SuppliedPhone').value).toBe('+49301234567');

        createRecord.mockResolvedValueOnce({ id: '5005g00000New01AAA' });
        const created = jest.fn();
        element.addEventListener('created', created);
        type(element, 'Origin', 'Phone');
        save(element);
        await waitFor(() => expect(created).toHaveBeenCalled());
        expect(createRecord).toHaveBeenLastCalledWith({
            apiName: 'Case',
            fields: { SuppliedPhone: '+49301234567', Subject: 'Router keeps rebooting', SuppliedName: 'Ana Müller-Lüdenscheidt', Origin: 'Phone' }
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
        await pick(element, 'Case');
        await describeType(caseObjectInfo);
        getPicklistValuesByRecordType.emit(casePicklistValues);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
