import { LightningElement, api } from 'lwc';
import { onRecordChange, uiApi } from 'lds/http';
import { errorText, rest } from 'app/sfRest';
import { cellOf, fieldPaths, iconOf, labelOf, spriteOf } from 'app/fieldValue';

const MASTER_RECORD_TYPE = '012000000000000AAA';
const TABS = [
    { id: 'details', label: 'Details' },
    { id: 'related', label: 'Related' },
    { id: 'activity', label: 'Activity' }
];

/** A layout item's field describe in the console's terms. */
const fromLayout = (item) => item.layoutComponents && item.layoutComponents[0] && item.layoutComponents[0].details;
/** An Object Info field in the same terms, for objects without a page layout. */
const fromObjectInfo = (field) => ({ name: field.apiName, label: field.label, type: String(field.dataType).toLowerCase(), relationshipName: field.relationshipName });

/**
 * The record page built from the org's metadata: the highlights panel from the compact
 * layout, *Details* from the page layout's sections, *Related* from its related lists and
 * *Activity* as a timeline. Reads go through the REST describe and the UI API.
 */
export default class RecordPage extends LightningElement {
    static renderMode = 'light';

    @api recordId;
    @api objectApiName;

    loading = true;
    error;
    objectLabel = '';
    title = '';
    highlights = [];
    sections = [];
    relatedLists = [];
    activeTab = 'details';
    metadata;

    connectedCallback() {
        this.objectLabel = this.objectApiName;
        this.stopListening = onRecordChange(this.recordId, () => this.loadRecord());
        this.load();
    }

    disconnectedCallback() {
        if (this.stopListening) this.stopListening();
    }

    get iconHref() {
        return spriteOf(iconOf(this.objectApiName));
    }

    get iconClass() {
        return `slds-icon_container slds-icon-${iconOf(this.objectApiName).replace(':', '-').replace(/_/g, '-')}`;
    }

    get tabs() {
        return TABS.map((tab) => {
            const selected = tab.id === this.activeTab;
            return { ...tab, tabId: `lp-tab-${tab.id}`, panelId: `lp-panel-${tab.id}`, panelHref: `#lp-panel-${tab.id}`, selected: String(selected), tabIndex: selected ? '0' : '-1', className: `slds-tabs_default__item${selected ? ' slds-is-active' : ''}` };
        });
    }

    get showDetails() {
        return this.activeTab === 'details';
    }

    get showRelated() {
        return this.activeTab === 'related';
    }

    get showActivity() {
        return this.activeTab === 'activity';
    }

    async load() {
        try {
            const object = encodeURIComponent(this.objectApiName);
            const [compact, layout, info] = await Promise.all([
                rest(`/sobjects/${object}/describe/compactLayouts`).catch(() => null),
                rest(`/sobjects/${object}/describe/layouts/${MASTER_RECORD_TYPE}`).catch(() => null),
                uiApi('GET', `/object-info/${object}`)
            ]);
            this.objectLabel = info.label;
            this.metadata = this.metadataOf(compact, layout, info);
            this.relatedLists = layout ? layout.relatedLists : [];
            await this.loadRecord();
        } catch (error) {
            this.error = errorText(error);
        } finally {
            this.loading = false;
        }
    }

    metadataOf(compact, layout, info) {
        const fields = Object.values(info.fields).map(fromObjectInfo);
        const nameFields = fields.filter((f) => info.nameFields.includes(f.name));
        const highlights = compact ? compact.compactLayouts[0].fieldItems.map(fromLayout).filter(Boolean) : nameFields;
        const sections = layout
            ? layout.detailLayoutSections.map((section) => ({
                  heading: section.heading,
                  columns: section.columns,
                  rows: section.layoutRows.map((row) => row.layoutItems.map((item) => (item.placeholder ? null : { ...fromLayout(item), label: labelOf({ ...fromLayout(item), label: item.label }) })))
              }))
            : [{ heading: 'Information', columns: 2, rows: fields.reduce((rows, f, i) => (i % 2 ? rows[rows.length - 1].push(f) : rows.push([f]), rows), []) }];
        const all = [...highlights, ...sections.flatMap((s) => s.rows.flat().filter(Boolean))];
        return { highlights, sections, paths: fieldPaths(this.objectApiName, all) };
    }

    async loadRecord() {
        if (!this.metadata) return;
        try {
            const params = new URLSearchParams({ optionalFields: this.metadata.paths.join(',') });
            const record = await uiApi('GET', `/records/${encodeURIComponent(this.recordId)}?${params}`);
            this.render_(record);
        } catch (error) {
            this.error = errorText(error);
        }
    }

    render_(record) {
        const { highlights, sections } = this.metadata;
        const [titleField, ...rest] = highlights;
        this.title = titleField ? cellOf(record, titleField).text || this.recordId : this.recordId;
        this.highlights = rest.map((details) => ({ key: details.name, label: labelOf(details), ...cellOf(record, details) }));
        this.sections = sections.map((section, s) => ({
            key: `s${s}`,
            heading: section.heading,
            headingId: `lp-section-${s}`,
            items: section.rows.flatMap((row, r) =>
                // A blank layout space holds nothing to read: left out, the next field moves up.
                row.flatMap((details, c) => (details ? [{ key: `${s}-${r}-${c}`, label: details.label, ...cellOf(record, details), className: this.itemClass(section.columns) }] : []))
            )
        }));
        document.title = `${this.title} | ${this.objectLabel} | Salesforce`;
        this.dispatchEvent(new CustomEvent('lprecordtitle', { bubbles: true, detail: { objectApiName: this.objectApiName, recordId: this.recordId, title: this.title } }));
    }

    itemClass(columns) {
        return `slds-col slds-size_1-of-1${columns === 2 ? ' slds-medium-size_1-of-2' : ''} lp-field`;
    }

    selectTab(event) {
        event.preventDefault();
        this.activeTab = event.currentTarget.dataset.tab;
    }

    /** Arrow keys move between the tabs, as the ARIA tabs pattern asks. */
    tabKeydown(event) {
        const moves = { ArrowRight: 1, ArrowLeft: -1 };
        if (!(event.key in moves)) return;
        event.preventDefault();
        const index = TABS.findIndex((t) => t.id === this.activeTab);
        this.activeTab = TABS[(index + moves[event.key] + TABS.length) % TABS.length].id;
        Promise.resolve().then(() => {
            const tab = this.querySelector(`#lp-tab-${this.activeTab}`);
            if (tab) tab.focus();
        });
    }
}
