import { LightningElement, api, wire } from 'lwc';
import { getRecords } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { expansionPlan, isPersonLevel, orderRelated, recordKey } from 'c/customerCardDomain';

/** What the domain compares to place a record (phones, emails, home address, household). */
const FACT_FIELDS = {
    Contact: ['Contact.Phone', 'Contact.MobilePhone', 'Contact.HomePhone', 'Contact.OtherPhone', 'Contact.Email', 'Contact.MailingStreet', 'Contact.MailingPostalCode', 'Contact.AccountId'],
    Lead: ['Lead.Phone', 'Lead.MobilePhone', 'Lead.Email', 'Lead.Street', 'Lead.PostalCode'],
    Account: ['Account.Phone', 'Account.BillingStreet', 'Account.BillingPostalCode']
};

const GROUPS = [
    { key: 'person', label: 'Matching the contact' },
    { key: 'household', label: 'Household' },
    { key: 'created', label: 'Created during this interaction' },
    { key: 'other', label: 'Linked or found by the IVR' }
];

/** A UI API record as the domain's CRM record. */
const crmRecord = (record) => ({
    crm: 'salesforce',
    object: record.apiName,
    id: record.id,
    name: '',
    fields: Object.fromEntries(Object.entries(record.fields).map(([name, field]) => [name, field.value]))
});

/**
 * *Related interactions* records (PRODUCT.md §5): the records matching the contact, then
 * the people of their household (the matched Contact's Account contacts), then what was
 * created during the interaction, placed by the domain; a refresh; and an arrow per record
 * that loads its related records on demand.
 */
export default class RelatedRecords extends LightningElement {
    static renderMode = 'light';

    /** Records the IVR found or the agent linked: where the search for related ones starts. */
    @api records = [];
    /** Records the agent created during this interaction (§4.1). */
    @api created = [];
    @api identityPoints = [];
    @api config;
    @api links = [];
    @api interactionId;
    @api ccBaseUrl = '';
    @api linkEnabled = false;

    expanded = [];

    @wire(getRecords, { records: '$factRequests' })
    facts;

    @wire(getRelatedListRecords, { parentRecordId: '$householdAccountId', relatedListId: 'Contacts', optionalFields: FACT_FIELDS.Contact })
    household;

    /** One request per object type, as getRecords asks. */
    get factRequests() {
        const byObject = new Map();
        for (const record of this.records.filter((r) => r.crm === 'salesforce' && FACT_FIELDS[r.object])) {
            byObject.set(record.object, [...(byObject.get(record.object) || []), record.id]);
        }
        return [...byObject].map(([object, recordIds]) => ({ recordIds, optionalFields: FACT_FIELDS[object] }));
    }

    get foundRecords() {
        const results = (this.facts && this.facts.data && this.facts.data.results) || [];
        return results.filter((r) => r.statusCode === 200).map((r) => crmRecord(r.result));
    }

    /** The household lives on the matched person's Account: the Account itself or a Contact's. */
    get householdAccountId() {
        const account = this.foundRecords.find((r) => r.object === 'Account' || (r.object === 'Contact' && r.fields.AccountId));
        if (!account) return undefined;
        return account.object === 'Account' ? account.id : account.fields.AccountId;
    }

    get householdRecords() {
        const records = (this.household && this.household.data && this.household.data.records) || [];
        return records.map(crmRecord);
    }

    /** The domain's order once the CRM described the records; until then, the records as given. */
    get entries() {
        const found = this.foundRecords;
        const ordered = found.length && this.config ? orderRelated({ identityPoints: this.identityPoints, records: [...found, ...this.householdRecords], created: this.created }, this.config) : null;
        const placed = Array.isArray(ordered) ? ordered : [];
        const listed = new Set(placed.map((entry) => recordKey(entry.record)));
        const byKey = new Map([...this.records, ...this.created].map((record) => [recordKey(record), record]));
        // Names come from the IVR or the link when the record has one.
        const named = placed.map((entry) => ({ ...entry, record: { ...entry.record, ...(byKey.get(recordKey(entry.record)) || {}) } }));
        const rest = [...byKey.values()].filter((record) => !listed.has(recordKey(record))).map((record) => ({ record, group: ordered ? 'other' : isPersonLevel(record.object) ? 'person' : 'other' }));
        return [...named, ...rest];
    }

    get groups() {
        const entries = this.entries;
        return GROUPS.map((group) => ({ ...group, rows: entries.filter((entry) => entry.group === group.key).map((entry) => this.row(entry.record)) })).filter((group) => group.rows.length > 0);
    }

    row(record) {
        const key = recordKey(record);
        const isOpen = this.expanded.includes(key);
        return {
            key,
            record,
            expandable: expansionPlan(record).length > 0,
            isOpen,
            expandedText: String(isOpen),
            expandIcon: isOpen ? 'utility:chevrondown' : 'utility:chevronright',
            expandLabel: `${isOpen ? 'Collapse' : 'Expand'} records related to ${record.name || record.object}`,
            steps: isOpen ? expansionPlan(record).filter((step) => !step.through) : [],
            url: `/lightning/r/${record.object}/${record.id}/view`
        };
    }

    get hasRows() {
        return this.groups.length > 0;
    }

    refresh() {
        this.dispatchEvent(new CustomEvent('refresh'));
    }

    toggle(event) {
        const key = event.currentTarget.dataset.key;
        this.expanded = this.expanded.includes(key) ? this.expanded.filter((k) => k !== key) : [...this.expanded, key];
    }
}
