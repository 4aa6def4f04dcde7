import { LightningElement, api } from 'lwc';
import { uiApi } from 'lds/http';
import { errorText } from 'app/sfRest';
import { cellOf, iconOf, labelOf, recordUrl, relationshipOf, spriteOf } from 'app/fieldValue';

/** Rows a related list shows before "View All", as Lightning's related list cards do. */
const PAGE_SIZE = 6;

/** A describe-layout column in the terms `cellOf` reads. */
const columnOf = (column) => ({ name: column.fieldApiName, label: labelOf({ type: column.lookupId ? 'reference' : 'string', label: column.label }), type: column.lookupId ? 'reference' : 'string', relationshipName: column.lookupId ? relationshipOf(column.fieldApiName) : null });

/**
 * The page layout's related lists, each read through the UI API's related-list-records
 * resource; the first column opens the related record, lookups open their parents.
 */
export default class RelatedLists extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    _lists = [];
    cards = [];

    @api
    get lists() {
        return this._lists;
    }
    set lists(value) {
        this._lists = value || [];
        this.load();
    }

    get empty() {
        return this._lists.length === 0;
    }

    async load() {
        const lists = this._lists;
        this.cards = lists.map((list) => ({ key: list.name, label: list.label, headingId: `lp-related-${list.name}`, loading: true, rows: [], columns: [] }));
        const cards = await Promise.all(lists.map((list) => this.loadList(list)));
        if (lists === this._lists) this.cards = cards;
    }

    async loadList(list) {
        const columns = list.columns.map(columnOf);
        const paths = columns.flatMap((c) => [`${list.sobject}.${c.name}`, ...(c.relationshipName ? [`${list.sobject}.${c.relationshipName}.Id`] : [])]);
        const base = { key: list.name, label: list.label, headingId: `lp-related-${list.name}`, iconHref: spriteOf(iconOf(list.sobject)), columns: columns.map((c) => ({ key: c.name, label: c.label })) };
        try {
            const params = new URLSearchParams({ optionalFields: paths.join(','), pageSize: String(PAGE_SIZE) });
            const page = await uiApi('GET', `/related-list-records/${encodeURIComponent(this.recordId)}/${encodeURIComponent(list.name)}?${params}`);
            const rows = page.records.map((record) => ({
                key: record.id,
                cells: columns.map((column, i) => {
                    const cell = cellOf(record, column);
                    // The first column names the related record and opens it.
                    const url = i === 0 ? recordUrl(list.sobject, record.id) : cell.url;
                    return { key: column.name, text: cell.text || (i === 0 ? record.id : ''), url, first: i === 0 };
                })
            }));
            return { ...base, rows, count: page.nextPageToken ? `${PAGE_SIZE - 1}+` : String(rows.length), none: rows.length === 0 };
        } catch (error) {
            return { ...base, rows: [], count: '0', error: errorText(error) };
        }
    }
}
