import { createElement } from 'lwc';
import { registerSa11yMatcher } from '@sa11y/jest';
import RelatedRecords from 'c/relatedRecords';
import { getRecords } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { configOverDefaults } from 'c/customerCardDomain';
import { flushPromises, waitFor } from '../../../../../test/jest/flush';

const records = require('./data/records.json');
const facts = require('./data/facts.json');
const householdContacts = require('./data/householdContacts.json');

const created = [{ crm: 'salesforce', object: 'Case', id: '5005g00000New01AAA', name: '' }];

async function mount() {
    const element = createElement('c-related-records', { is: RelatedRecords });
    Object.assign(element, { records, created, identityPoints: [{ kind: 'phone', value: '+49301234567' }], config: configOverDefaults({}), links: [], interactionId: 'int-000007', linkEnabled: true });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const groupsOf = (element) =>
    Object.fromEntries([...element.querySelectorAll('.cc-related-group')].map((g) => [g.dataset.group, [...g.querySelectorAll('.cc-related-row')].map((r) => r.dataset.key)]));

beforeAll(registerSa11yMatcher);
afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-related-records', () => {
    it('lists the records matching the contact with a link toggle each while the CRM answers (§5.1)', async () => {
        const element = await mount();
        expect(element.querySelectorAll('.cc-related-row')).toHaveLength(3);
        expect(element.querySelectorAll('c-link-toggle')).toHaveLength(3);
    });

    it('asks the CRM for what places each record, then for the household on the contact’s Account', async () => {
        await mount();
        expect(getRecords.getLastConfig().records.map((r) => r.recordIds)).toEqual([['0035g00000Ana01AAA'], ['0015g00000Alp01AAA']]);
        expect(getRecords.getLastConfig().records[0].optionalFields).toEqual(expect.arrayContaining(['Contact.Phone', 'Contact.MailingStreet', 'Contact.AccountId']));
        getRecords.emit(facts);
        await waitFor(() => expect(getRelatedListRecords.getLastConfig()).toMatchObject({ parentRecordId: '0015g00000Alp01AAA', relatedListId: 'Contacts' }));
    });

    it('orders the contact, then the household, then what was created during the interaction (§5.1)', async () => {
        const element = await mount();
        getRecords.emit(facts);
        await flushPromises();
        getRelatedListRecords.emit(householdContacts);
        // Keys hold the case-sensitive 15-character id, as the domain compares Salesforce ids.
        await waitFor(() =>
            expect(groupsOf(element)).toEqual({
                person: ['salesforce:Contact:0035g00000Ana01'],
                // Jonas lives at Ana's address; Petra only works at the same Account.
                household: ['salesforce:Contact:0035g00000Jon01'],
                created: ['salesforce:Case:5005g00000New01'],
                other: ['salesforce:Account:0015g00000Alp01']
            })
        );
        expect(element.querySelector('.cc-related-group[data-group="household"] h4').textContent).toBe('Household');
    });

    it('asks the card to refresh (§5.2)', async () => {
        const element = await mount();
        const refresh = jest.fn();
        element.addEventListener('refresh', refresh);
        element.querySelector('lightning-button-icon.cc-refresh').click();
        expect(refresh).toHaveBeenCalled();
    });

    it('loads related records only when the arrow expands a record (§5.2)', async () => {
        const element = await mount();
        expect(element.querySelectorAll('c-related-children')).toHaveLength(0);
        const arrow = element.querySelector('lightning-button-icon.cc-expand');
        expect(arrow.getAttribute('aria-expanded')).toBe('false');
        arrow.click();
        await flushPromises();
        const groups = [...element.querySelectorAll('c-related-children')];
        expect(groups.map((g) => g.objectApiName)).toEqual(['Case', 'Task']);
        expect(element.querySelector('lightning-button-icon.cc-expand').getAttribute('aria-expanded')).toBe('true');
    });

    it('is accessible', async () => {
        const element = await mount();
        getRecords.emit(facts);
        getRelatedListRecords.emit(householdContacts);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
