import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';

/** The display name of any record: Name, or a Case's number and subject. */
export default class RecordName extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    @api objectApiName;

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$nameFields' })
    record;

    get nameFields() {
        return this.objectApiName ? [`${this.objectApiName}.Name`, `${this.objectApiName}.CaseNumber`, `${this.objectApiName}.Subject`] : undefined;
    }

    get name() {
        const fields = this.record && this.record.data ? this.record.data.fields : {};
        const value = (field) => (fields[field] ? fields[field].value : null);
        if (value('Name')) return value('Name');
        if (value('CaseNumber')) return [value('CaseNumber'), value('Subject')].filter(Boolean).join(' · ');
        return this.recordId;
    }
}
