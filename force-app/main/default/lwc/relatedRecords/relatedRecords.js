import { LightningElement, api } from 'lwc';
import { expansionPlan, recordKey } from 'c/customerCardDomain';

/**
 * *Related interactions* records (PRODUCT.md §5): the records matching the contact, a
 * refresh, and an arrow per record that loads its related records on demand.
 */
export default class RelatedRecords extends LightningElement {
    static renderMode = 'light';

    @api records = [];
    @api links = [];
    @api interactionId;
    @api ccBaseUrl = '';
    @api linkEnabled = false;

    expanded = [];

    get rows() {
        return this.records.map((record) => {
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
        });
    }

    get hasRows() {
        return this.records.length > 0;
    }

    refresh() {
        this.dispatchEvent(new CustomEvent('refresh'));
    }

    toggle(event) {
        const key = event.currentTarget.dataset.key;
        this.expanded = this.expanded.includes(key) ? this.expanded.filter((k) => k !== key) : [...this.expanded, key];
    }
}
