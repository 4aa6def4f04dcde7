/**
 * How the console shows a UI API field: the server's `displayValue` (currency, dates in the
 * user's locale, picklist labels) or the value as stored (phones as typed); a lookup shows
 * the parent's name and links to its record page.
 */

/** The record page of a record, as `/lightning/r/{object}/{id}/view`. */
export const recordUrl = (objectApiName, recordId) => `/lightning/r/${encodeURIComponent(objectApiName)}/${encodeURIComponent(recordId)}/view`;

/**
 * SLDS icon of an object: its standard icon, or the generic custom one. Written out whole: the
 * build keeps an icon's colour class only for the icon names code writes (emulator/build/sldsSubset.ts).
 */
const ICONS = {
    Account: 'standard:account', Contact: 'standard:contact', Lead: 'standard:lead', Case: 'standard:case', Opportunity: 'standard:opportunity',
    Task: 'standard:task', Event: 'standard:event', User: 'standard:user', Campaign: 'standard:campaign', ActivityHistory: 'standard:task',
    OpenActivity: 'standard:task', CaseComment: 'standard:case_comment', CampaignMember: 'standard:campaign_members'
};
export const iconOf = (objectApiName) => ICONS[objectApiName] || 'standard:custom';
export { iconHref as spriteOf } from '../../../../common/client/iconHref';

export function textOf(field) {
    if (!field) return '';
    if (field.displayValue !== null && field.displayValue !== undefined) {
        if (field.displayValue === 'true') return 'Yes';
        if (field.displayValue === 'false') return 'No';
        return String(field.displayValue);
    }
    const { value } = field;
    if (value === null || value === undefined) return '';
    return typeof value === 'object' ? '' : String(value);
}

/**
 * One cell of a record: `{ text, url }`. `details` is the field's describe (type, name,
 * relationshipName); a reference shows its parent's name from `record.fields[relationshipName]`.
 */
export function cellOf(record, details) {
    const own = record.fields[details.name];
    if (details.type === 'reference' && details.relationshipName) {
        const parent = record.fields[details.relationshipName];
        const nested = parent && parent.value;
        if (nested && nested.id) return { text: parent.displayValue || nested.id, url: recordUrl(nested.apiName, nested.id) };
        return { text: textOf(own), url: null };
    }
    if (details.type === 'email' && own && own.value) return { text: own.value, url: `mailto:${own.value}` };
    if (details.type === 'url' && own && own.value) return { text: own.value, url: /^https?:\/\//i.test(own.value) ? own.value : `https://${own.value}` };
    return { text: textOf(own), url: null };
}

/** A lookup is labelled by what it points to, as Lightning does: `Account ID` reads `Account`. */
export const labelOf = (details) => (details.type === 'reference' && / ID$/.test(details.label || '') ? details.label.slice(0, -3) : details.label);

/** The relationship of a lookup field by Salesforce's naming: `AccountId` -> `Account`, `Parent__c` -> `Parent__r`. */
export const relationshipOf = (fieldName) => (fieldName.endsWith('__c') ? `${fieldName.slice(0, -3)}__r` : fieldName.endsWith('Id') ? fieldName.slice(0, -2) : null);

/** The UI API field paths a set of describes needs: the field, and a lookup's parent for its name. */
export function fieldPaths(objectApiName, detailsList) {
    const paths = new Set();
    for (const details of detailsList) {
        paths.add(`${objectApiName}.${details.name}`);
        if (details.type === 'reference' && details.relationshipName) paths.add(`${objectApiName}.${details.relationshipName}.Id`);
    }
    return [...paths];
}

/** SOSL's reserved characters, escaped so a typed phone or email is searched as written. */
const RESERVED = /[?&|!{}[\]()^~*:\\"'+-]/g;
export const escapeSosl = (term) => term.replace(RESERVED, (c) => `\\${c}`);

/** What the global search returns for each object the console searches, with each column's label. */
export const SEARCH_OBJECTS = [
    { apiName: 'Contact', label: 'Contacts', columns: [['Name', 'Name'], ['Account.Name', 'Account Name'], ['Title', 'Title'], ['Phone', 'Phone'], ['Email', 'Email']] },
    { apiName: 'Lead', label: 'Leads', columns: [['Name', 'Name'], ['Company', 'Company'], ['Phone', 'Phone'], ['Email', 'Email'], ['Status', 'Lead Status']] },
    { apiName: 'Account', label: 'Accounts', columns: [['Name', 'Account Name'], ['Phone', 'Phone'], ['Type', 'Type'], ['BillingCity', 'Billing City']] },
    { apiName: 'Case', label: 'Cases', columns: [['CaseNumber', 'Case Number'], ['Subject', 'Subject'], ['Status', 'Status'], ['Priority', 'Priority']] },
    { apiName: 'Opportunity', label: 'Opportunities', columns: [['Name', 'Opportunity Name'], ['Account.Name', 'Account Name'], ['StageName', 'Stage'], ['CloseDate', 'Close Date']] }
];

/** The global search as one SOSL statement over every field (names, phones in any format, emails). */
export function globalSearchSosl(term) {
    const returning = SEARCH_OBJECTS.map((o) => `${o.apiName}(Id, ${o.columns.map(([path]) => path).join(', ')} LIMIT 25)`).join(', ');
    return `FIND {${escapeSosl(term.trim())}} IN ALL FIELDS RETURNING ${returning}`;
}

/** A REST (SOQL/SOSL/list view) value as Lightning shows it: dates and amounts in the browser's locale, the rest as stored. */
export function formatPlain(value, type) {
    if (value === null || value === undefined || value === '') return '';
    if (type === 'currency' && Number.isFinite(Number(value))) return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(Number(value));
    if ((type === 'date' || (!type && /^\d{4}-\d{2}-\d{2}$/.test(value))) && !Number.isNaN(Date.parse(value))) return new Date(`${String(value).slice(0, 10)}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC' });
    if (type === 'datetime' && !Number.isNaN(Date.parse(String(value).replace(/\+0000$/, 'Z')))) return new Date(String(value).replace(/\+0000$/, 'Z')).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    return String(value);
}

/** Reads `Account.Name` from a SOQL/SOSL row. */
export function pathValue(row, path) {
    return path.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), row);
}
