import type { FieldSchema, SObjectSchema } from '../model/types';
import type { RecordStore } from '../records/recordStore';

/**
 * The UI API Object Info representation.
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_object_info.htm
 */
const DATA_TYPES: Record<string, string> = {
  id: 'String', string: 'String', textarea: 'TextArea', email: 'Email', phone: 'Phone', url: 'Url', picklist: 'Picklist',
  multipicklist: 'MultiPicklist', boolean: 'Boolean', int: 'Int', double: 'Double', currency: 'Currency', percent: 'Percent',
  date: 'Date', datetime: 'DateTime', reference: 'Reference', combobox: 'ComboBox', address: 'Address', base64: 'Base64', time: 'Time',
};

function fieldInfo(store: RecordStore, field: FieldSchema) {
  return {
    apiName: field.name, calculated: Boolean(field.calculated), compound: false, compoundComponentName: null, compoundFieldName: null,
    controllerName: null, controllingFields: [], createable: field.createable, custom: Boolean(field.custom), dataType: DATA_TYPES[field.type],
    externalId: Boolean(field.externalId), extraTypeInfo: null, filterable: field.type !== 'textarea', filteredLookupInfo: null, highScaleNumber: false,
    htmlFormatted: false, inlineHelpText: null, label: field.label, length: field.length ?? 0, nameField: Boolean(field.nameField),
    polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1, precision: field.precision ?? 0, reference: field.type === 'reference',
    referenceTargetField: null,
    referenceToInfos: (field.referenceTo ?? []).map((apiName) => ({ apiName, nameFields: (store.schema(apiName)?.fields ?? []).filter((f) => f.nameField).map((f) => f.name) })),
    relationshipName: field.relationshipName ?? null, required: Boolean(field.required), scale: field.scale ?? 0,
    searchPrefilterable: false, sortable: field.type !== 'textarea', unique: Boolean(field.unique), updateable: field.updateable,
  };
}

const MASTER = '012000000000000AAA';

/** Record types keyed by id, with Master, as Object Info lists them. */
function recordTypeInfos(schema: SObjectSchema) {
  const own = schema.recordTypes ?? [];
  const infos = own.map((rt) => ({ available: rt.active, defaultRecordTypeMapping: rt.isDefault, master: false, name: rt.label, recordTypeId: rt.id }));
  infos.push({ available: own.length === 0, defaultRecordTypeMapping: own.length === 0, master: true, name: 'Master', recordTypeId: MASTER });
  return Object.fromEntries(infos.map((info) => [info.recordTypeId, info]));
}

export function objectInfo(store: RecordStore, schema: SObjectSchema) {
  return {
    apiName: schema.name, associateEntityType: null, associateParentEntity: null,
    childRelationships: schema.childRelationships.map((rel) => ({ childObjectApiName: rel.childSObject, fieldName: rel.field, junctionIdListNames: [], junctionReferenceTo: [], relationshipName: rel.relationshipName })),
    createable: true, custom: schema.custom, defaultRecordTypeId: schema.recordTypes?.find((rt) => rt.isDefault)?.id ?? MASTER, deletable: schema.deletable, dependentFields: {}, eTag: `${schema.name}-${schema.fields.length}`,
    feedEnabled: !schema.custom, fields: Object.fromEntries(schema.fields.map((f) => [f.name, fieldInfo(store, f)])), keyPrefix: schema.keyPrefix,
    label: schema.label, labelPlural: schema.labelPlural, layoutable: true, mruEnabled: true, nameFields: schema.fields.filter((f) => f.nameField).map((f) => f.name),
    queryable: true, recordTypeInfos: recordTypeInfos(schema),
    searchable: true, themeInfo: null, updateable: true,
  };
}
