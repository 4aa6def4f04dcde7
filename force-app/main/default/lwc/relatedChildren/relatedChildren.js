import { LightningElement, api, wire } from 'lwc';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { reduceErrors } from 'c/reduceErrors';

/** The UI API related list that holds each child object under its parent. */
const RELATED_LISTS = { Case: 'Cases', Opportunity: 'Opportunities', Contact: 'Contacts', Task: 'Tasks', CaseComment: 'CaseComments' };
const NAME_FIELDS = { Case: ['Case.CaseNumber', 'Case.Subject'], Task: ['Task.Subject'], CaseComment: ['CaseComment.CommentBody'] };

/** One group of records related to an expanded record, loaded when it is shown (§5.2). */
export default class RelatedChildren extends LightningElement {
    static renderMode = 'light';

    @api parentRecordId;
    @api objectApiName;
    @api label;

    @wire(getRelatedListRecords, { parentRecordId: '$parentRecordId', relatedListId: '$relatedListId', fields: '$fields', pageSize: 10 })
    list;

    get relatedListId() {
        return RELATED_LISTS[this.objectApiName];
    }

    get fields() {
        return NAME_FIELDS[this.objectApiName] || [`${this.objectApiName}.Name`];
    }

    get items() {
        const records = (this.list && this.list.data && this.list.data.records) || [];
        return records.map((record) => ({
            id: record.id,
            url: `/lightning/r/${this.objectApiName}/${record.id}/view`,
            name: Object.values(record.fields)
                .map((f) => f.displayValue || f.value)
                .filter((v) => typeof v === 'string' && v && v !== record.id)
                .join(' · ') || record.id
        }));
    }

    get loading() {
        return !this.list || (!this.list.data && !this.list.error);
    }

    get error() {
        return this.list && this.list.error ? reduceErrors(this.list.error).join(' ') : undefined;
    }

    get empty() {
        return !this.loading && !this.error && this.items.length === 0;
    }
}
