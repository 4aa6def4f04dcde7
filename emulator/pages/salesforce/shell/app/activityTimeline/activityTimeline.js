import { LightningElement, api } from 'lwc';
import { uiApi } from 'lds/http';
import { errorText } from 'app/sfRest';
import { cellOf, recordUrl, spriteOf, textOf } from 'app/fieldValue';

/**
 * How often the open timeline re-reads the record's activities: the write-back Task appears
 * within this time of being written, with no extra channel to the page.
 */
export const REFRESH_MS = 2000;

const FIELDS = ['Subject', 'ActivityDate', 'StartDateTime', 'Status', 'TaskSubtype', 'CallDisposition', 'CallDurationInSeconds', 'Description', 'WhoId', 'Who.Id', 'IsClosed'];
const WHO = { name: 'WhoId', type: 'reference', relationshipName: 'Who' };

/** Tasks are `00T`, Events `00U`: the activity lists mix both under one object name. */
const objectOfActivity = (id) => (id.startsWith('00U') ? 'Event' : 'Task');

function itemOf(record, open) {
    const f = record.fields;
    const object = objectOfActivity(record.id);
    const call = f.TaskSubtype && f.TaskSubtype.value === 'Call';
    const icon = object === 'Event' ? 'standard:event' : call ? 'standard:log_a_call' : 'standard:task';
    const when = object === 'Event' ? textOf(f.StartDateTime) : textOf(f.ActivityDate);
    const who = cellOf(record, WHO);
    const details = [
        textOf(f.Status) && `Status: ${textOf(f.Status)}`,
        textOf(f.CallDisposition) && `Disposition: ${textOf(f.CallDisposition)}`,
        f.CallDurationInSeconds && f.CallDurationInSeconds.value !== null && f.CallDurationInSeconds.value !== undefined && `Duration: ${f.CallDurationInSeconds.value} s`
    ].filter(Boolean);
    return {
        key: record.id,
        url: recordUrl(object, record.id),
        subject: textOf(f.Subject) || '(no subject)',
        iconHref: spriteOf(icon),
        iconClass: `slds-icon_container slds-icon-${icon.replace(':', '-').replace(/_/g, '-')} slds-timeline__icon`,
        itemClass: `slds-timeline__item_expandable ${object === 'Event' ? 'slds-timeline__item_event' : call ? 'slds-timeline__item_call' : 'slds-timeline__item_task'}`,
        when: when || (open ? 'No due date' : ''),
        who: who.text,
        whoUrl: who.url,
        details: details.join(' · '),
        description: textOf(f.Description),
        kind: call ? 'call' : object.toLowerCase(),
        state: open ? 'open' : 'done'
    };
}

/**
 * The record's Activity timeline: open Tasks and upcoming Events first ("Upcoming &
 * Overdue"), then the closed Tasks and past Events ("Past activities"), read from the UI
 * API's OpenActivities and ActivityHistories related lists and refreshed while it is shown.
 */
export default class ActivityTimeline extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    open = [];
    past = [];
    error;
    loaded = false;
    fingerprint = '';

    connectedCallback() {
        this.refresh();
        this.timer = setInterval(() => {
            if (document.visibilityState === 'visible') this.refresh();
        }, REFRESH_MS);
    }

    disconnectedCallback() {
        clearInterval(this.timer);
    }

    get noOpen() {
        return this.loaded && this.open.length === 0;
    }

    get noPast() {
        return this.loaded && this.past.length === 0;
    }

    async list(name, sortBy) {
        const params = new URLSearchParams({ optionalFields: FIELDS.map((f) => `${name === 'OpenActivities' ? 'OpenActivity' : 'ActivityHistory'}.${f}`).join(','), pageSize: '50', sortBy });
        const page = await uiApi('GET', `/related-list-records/${encodeURIComponent(this.recordId)}/${name}?${params}`);
        return page.records;
    }

    async refresh() {
        try {
            const [open, past] = await Promise.all([this.list('OpenActivities', 'ActivityDate'), this.list('ActivityHistories', '-LastModifiedDate')]);
            // Re-render only when something changed, so a reader's place on the page holds.
            const fingerprint = JSON.stringify([open, past].map((records) => records.map((r) => `${r.id}:${r.systemModstamp}`)));
            this.error = undefined;
            this.loaded = true;
            if (fingerprint === this.fingerprint) return;
            this.fingerprint = fingerprint;
            this.open = open.map((r) => itemOf(r, true));
            this.past = past.map((r) => itemOf(r, false));
        } catch (error) {
            this.error = errorText(error);
        }
    }
}
