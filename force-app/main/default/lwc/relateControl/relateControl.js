import { LightningElement, api, wire } from 'lwc';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import WHO_ID from '@salesforce/schema/Task.WhoId';
import WHAT_ID from '@salesforce/schema/Task.WhatId';
import { autoRelation, choseManually, decideClear, decideRelation, initialRelateMode, relatableRecords, sameRecord } from 'c/customerCardDomain';
import { reduceErrors } from 'c/reduceErrors';

const WHO_NAME = 'Task.Who.Name';
const WHAT_NAME = 'Task.What.Name';

/** What the agent reads when the domain refuses a relation (PRODUCT.md §3.1). */
const REFUSALS = {
    'lead-in-name': 'A Lead in Name means Related To must stay empty. Relate a Contact in Name first.',
    'related-to-filled': 'Related To is filled, so Name cannot hold a Lead.',
    'not-relatable': 'This record cannot be related to the Task.',
    'feature-disabled': 'Relating records is turned off by your admin.',
    'already-empty': 'There is nothing to clear.'
};

/**
 * *Relates to* for the interaction's Task (PRODUCT.md §3.1): the records opened during the
 * interaction, the field each one fills decided by the domain, auto-relate of the latest
 * one until the agent chooses, and a green icon on what the Task holds.
 */
export default class RelateControl extends LightningElement {
    static renderMode = 'light';

    @api taskId;
    @api interactionId;
    @api config;
    /** Records opened during the interaction; a newly opened one may be auto-related (§3.1). */
    @api
    get visited() {
        return this.visitedRecords;
    }
    set visited(value) {
        this.visitedRecords = value || [];
        if (this.task) this.autoRelate();
    }

    visitedRecords = [];

    task;
    message;
    open = false;
    lastAutoKey;

    @wire(getRecord, { recordId: '$taskId', fields: [WHO_ID, WHAT_ID], optionalFields: [WHO_NAME, WHAT_NAME] })
    receiveTask({ data, error }) {
        if (error) this.message = reduceErrors(error).join(' ');
        if (!data) return;
        this.task = data;
        this.autoRelate();
    }

    get modeKey() {
        return `customerCard.relateMode.${this.interactionId}`;
    }

    /** A manual choice holds for the rest of the interaction, across record pages. */
    get mode() {
        const stored = window.sessionStorage.getItem(this.modeKey);
        return stored ? JSON.parse(stored) : initialRelateMode(this.config);
    }

    /** The Task's two relation fields as record references (the object comes from the UI API). */
    get relations() {
        const ref = (idField, relation) => {
            const id = this.task.fields[idField].value;
            if (!id) return null;
            const nested = this.task.fields[relation] && this.task.fields[relation].value;
            const known = this.visited.find((v) => sameRecord(v, { crm: 'salesforce', object: v.object, id }));
            return { crm: 'salesforce', object: nested ? nested.apiName : known ? known.object : 'Unknown', id };
        };
        return { WhoId: ref('WhoId', 'Who'), WhatId: ref('WhatId', 'What') };
    }

    get records() {
        if (!this.task) return [];
        const { WhoId, WhatId } = this.relations;
        return relatableRecords(this.visited).map((record) => {
            const related = [WhoId, WhatId].some((held) => held && sameRecord(held, record));
            return {
                ...record,
                key: `${record.object}:${record.id}`,
                related,
                iconVariant: related ? 'success' : '',
                iconText: related ? 'Related' : 'Not related'
            };
        });
    }

    get pinned() {
        if (!this.task) return [];
        const name = (relation) => (this.task.fields[relation] && this.task.fields[relation].value ? this.task.fields[relation].value.fields.Name.value : null);
        const { WhoId, WhatId } = this.relations;
        return [
            { key: 'WhoId', label: 'Name', record: WhoId, name: name('Who') },
            { key: 'WhatId', label: 'Related To', record: WhatId, name: name('What') }
        ]
            .filter((entry) => entry.record)
            .map((entry) => ({ ...entry, name: entry.name || entry.record.id, clearLabel: `Clear ${entry.label}` }));
    }

    get hasRecords() {
        return this.records.length > 0;
    }

    get expandedText() {
        return String(this.open);
    }

    toggle() {
        this.open = !this.open;
    }

    autoRelate() {
        const decision = autoRelation(this.relations, this.visited, this.mode, this.config);
        if (!decision.apply) return;
        const key = `${decision.apply.field}:${decision.apply.value}`;
        if (key === this.lastAutoKey) return;
        this.lastAutoKey = key;
        this.write(decision.apply.field, decision.apply.value);
    }

    async pick(event) {
        const record = this.records.find((r) => r.key === event.currentTarget.dataset.key);
        const decision = decideRelation(this.relations, record, this.config);
        if (decision.refused) {
            this.message = REFUSALS[decision.refused];
            return;
        }
        window.sessionStorage.setItem(this.modeKey, JSON.stringify(choseManually()));
        this.open = false;
        await this.write(decision.field, decision.value);
    }

    /** Empties Name or Related To; like a pick, it is the agent's choice, so auto-relate stops. */
    async clear(event) {
        const decision = decideClear(this.relations, event.currentTarget.dataset.field, this.config);
        if (decision.refused) {
            this.message = REFUSALS[decision.refused];
            return;
        }
        window.sessionStorage.setItem(this.modeKey, JSON.stringify(choseManually()));
        await this.write(decision.field, decision.value);
    }

    async write(field, value) {
        try {
            await updateRecord({ fields: { Id: this.taskId, [field]: value } });
            this.message = undefined;
        } catch (error) {
            this.message = reduceErrors(error).join(' ');
        }
    }
}
