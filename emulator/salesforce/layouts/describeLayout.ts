import { makeId } from '../ids/salesforceId';
import type { FieldSchema, SObjectSchema } from '../model/types';
import { describeField } from '../rest/describe';
import type { ObjectLayouts, SectionData } from './layoutData';

/**
 * The Describe Layouts and Describe Compact Layouts shapes: sections of rows of layout items,
 * each with its field's describe details, the related lists, and the Master record type mapping.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_layouts.htm
 */
export const MASTER_RECORD_TYPE = '012000000000000AAA';

export interface LayoutIds {
  layout: string;
  compact: string;
  section: (index: number) => string;
}

export function layoutIds(objectIndex: number): LayoutIds {
  return {
    layout: makeId('00h', objectIndex + 1),
    compact: makeId('0AH', objectIndex + 1),
    section: (index) => makeId('01B', objectIndex * 20 + index + 1),
  };
}

function layoutItem(field: FieldSchema | undefined, tabOrder: number) {
  if (!field) return { editableForNew: false, editableForUpdate: false, label: '', layoutComponents: [], placeholder: true, required: false };
  return {
    editableForNew: field.createable, editableForUpdate: field.updateable, label: field.label,
    layoutComponents: [{ details: describeField(field), displayLines: field.type === 'textarea' ? 4 : 1, tabOrder, type: 'Field', value: field.name }],
    placeholder: false, required: Boolean(field.required),
  };
}

function section(schema: SObjectSchema, data: SectionData, id: string, parentLayoutId: string) {
  const field = (name: string | null) => (name ? schema.fields.find((f) => f.name === name) : undefined);
  const rows = data.rows.filter((row) => row.some((name) => field(name)));
  let tab = 0;
  const layoutRows = rows.map((row) => ({ layoutItems: row.map((name) => layoutItem(field(name), ++tab)), numItems: row.length }));
  return {
    collapsed: false, columns: data.columns, heading: data.heading, layoutRows, layoutSectionId: id, parentLayoutId,
    rows: layoutRows.length, tabOrder: 'TopToBottom', useCollapsibleSection: false, useHeading: true,
  };
}

function relatedLists(schema: SObjectSchema, data: ObjectLayouts, resolve: (name: string) => SObjectSchema | undefined) {
  return data.layout.relatedLists.flatMap((list) => {
    const relationship = schema.childRelationships.find((r) => r.relationshipName === list.name);
    const child = relationship && resolve(relationship.childSObject);
    if (!relationship || !child) return [];
    const columns = list.columns.flatMap((name) => {
      const field = child.fields.find((f) => f.name === name);
      return field ? [{ field: `${child.name}.${field.name}`, fieldApiName: field.name, format: null, label: field.label, lookupId: field.type === 'reference' ? field.name : null, name: field.name, sortable: field.type !== 'textarea' }] : [];
    });
    return [{
      accessLevelRequiredForCreate: null, buttons: [], columns, custom: false, field: relationship.field, label: list.label ?? child.labelPlural,
      limitRows: 5, name: list.name, sobject: child.name, sort: [{ ascending: false, column: list.sort }],
    }];
  });
}

/** One layout, as `/describe/layouts/{recordTypeId}` returns it. */
export function describeLayout(schema: SObjectSchema, data: ObjectLayouts, ids: LayoutIds, resolve: (name: string) => SObjectSchema | undefined) {
  const detail = data.layout.sections.map((s, i) => section(schema, s, ids.section(i), ids.layout)).filter((s) => s.rows > 0);
  const edit = detail.filter((s) => s.heading !== 'System Information');
  return {
    buttonLayoutSection: { detailButtons: ['Edit', 'Delete', 'Clone'].map((label) => ({ behavior: null, colors: null, content: null, contentSource: null, custom: false, encoding: null, height: null, icons: null, label, menubar: false, name: label, overridden: false, resizeable: false, scrollbars: false, showsLocation: false, showsStatus: false, toolbar: false, url: null, width: null, windowPosition: null })) },
    detailLayoutSections: detail, editLayoutSections: edit, feedView: null, highlightsPanelLayoutSection: null, id: ids.layout,
    multirowEditLayoutSections: [], offlineLinks: [], quickActionList: { quickActionListItems: [] }, relatedContent: null,
    relatedLists: relatedLists(schema, data, resolve), saveOptions: [],
  };
}

/** `/describe/layouts`: every layout with the record type mappings. */
export function describeLayouts(version: string, schema: SObjectSchema, data: ObjectLayouts, ids: LayoutIds, resolve: (name: string) => SObjectSchema | undefined) {
  const picklists = schema.fields.filter((f) => f.picklistValues).map((f) => ({ picklistName: f.name, picklistValues: f.picklistValues }));
  return {
    layouts: [describeLayout(schema, data, ids, resolve)],
    recordTypeMappings: [{
      available: true, defaultRecordTypeMapping: true, developerName: 'Master', layoutId: ids.layout, master: true, name: 'Master',
      picklistsForRecordType: picklists, recordTypeId: MASTER_RECORD_TYPE,
      urls: { layout: `/services/data/${version}/sobjects/${schema.name}/describe/layouts/${MASTER_RECORD_TYPE}` },
    }],
    recordTypeSelectorRequired: [false],
  };
}

/** `/describe/compactLayouts`: the System Default compact layout (the record's highlights). */
export function describeCompactLayouts(version: string, schema: SObjectSchema, data: ObjectLayouts, ids: LayoutIds) {
  const fields = data.compactLayout.flatMap((name) => schema.fields.filter((f) => f.name === name));
  return {
    compactLayouts: [{ actions: [], fieldItems: fields.map((f, i) => layoutItem(f, i + 1)), id: ids.compact, imageItems: [], label: 'System Default', name: 'SYSTEM', objectType: schema.name }],
    defaultCompactLayoutId: ids.compact,
    recordTypeCompactLayoutMappings: [{
      available: true, compactLayoutId: ids.compact, compactLayoutName: 'SYSTEM', recordTypeId: MASTER_RECORD_TYPE, recordTypeName: 'Master',
      urls: { compactLayout: `/services/data/${version}/sobjects/${schema.name}/describe/compactLayouts/${MASTER_RECORD_TYPE}` },
    }],
  };
}
