import { LightningElement, api, wire } from 'lwc';
import { getFieldDisplayValue, getFieldValue, getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';

/** The key fields a Lightning record page's highlights panel shows for each object. */
const KEY_FIELDS = {
    Contact: ['Name', 'Title', 'Account.Name', 'Phone', 'Email'],
    Account: ['Name', 'AccountNumber', 'Phone', 'Industry', 'Type'],
    Lead: ['Name', 'Company', 'Phone', 'Email', 'Status'],
    Case: ['CaseNumber', 'Subject', 'Status', 'Priority', 'Origin'],
    Opportunity: ['Name', 'Account.Name', 'StageName', 'Amount', 'CloseDate'],
    Task: ['Subject', 'WhoId', 'WhatId', 'Status', 'TaskSubtype']
};

/** The local page's record header: object icon, title and key fields read through the UI API. */
export default class RecordHeader extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    @api objectApiName;

    @wire(getObjectInfo, { objectApiName: '$objectApiName' })
    objectInfo;

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$optionalFields' })
    record;

    get names() {
        return KEY_FIELDS[this.objectApiName] || ['Name'];
    }

    get optionalFields() {
        return this.names.map((name) => `${this.objectApiName}.${name}`);
    }

    valueOf(name) {
        const record = this.record && this.record.data;
        if (!record) return '';
        const path = `${this.objectApiName}.${name}`;
        return getFieldDisplayValue(record, path) || getFieldValue(record, path) || '';
    }

    get objectLabel() {
        return (this.objectInfo && this.objectInfo.data && this.objectInfo.data.label) || this.objectApiName;
    }

    get iconName() {
        return `standard:${(this.objectApiName || 'record').toLowerCase()}`;
    }

    get title() {
        return this.valueOf(this.names[0]) || this.recordId;
    }

    get keyFields() {
        const labels = (this.objectInfo && this.objectInfo.data && this.objectInfo.data.fields) || {};
        return this.names.slice(1).map((name) => {
            const [first] = name.split('.');
            const label = labels[name] ? labels[name].label : name.includes('.') ? first : name;
            return { name, label, value: String(this.valueOf(name)) };
        });
    }
}
