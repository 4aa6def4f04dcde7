import type { FieldSchema, SObjectSchema } from '../model/types';

/**
 * The describe shapes: describeGlobal entries and sObject Describe with its field list.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm
 */
const SOAP_TYPES: Record<string, string> = {
  id: 'tns:ID', reference: 'tns:ID', boolean: 'xsd:boolean', int: 'xsd:int', double: 'xsd:double', currency: 'xsd:double',
  percent: 'xsd:double', date: 'xsd:date', datetime: 'xsd:dateTime', time: 'xsd:time', base64: 'xsd:base64Binary', address: 'urn:address',
};

export function objectUrls(version: string, schema: SObjectSchema) {
  const base = `/services/data/${version}/sobjects/${schema.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}`, compactLayouts: `${base}/describe/compactLayouts`, layouts: `${base}/describe/layouts` };
}

export function globalEntry(version: string, schema: SObjectSchema) {
  return {
    activateable: false, createable: true, custom: schema.custom, customSetting: false, deletable: schema.deletable, deprecatedAndHidden: false,
    feedEnabled: !schema.custom, hasSubtypes: false, isSubtype: false, keyPrefix: schema.keyPrefix, label: schema.label,
    labelPlural: schema.labelPlural, layoutable: true, mergeable: ['Account', 'Contact', 'Lead', 'Case'].includes(schema.name),
    mruEnabled: true, name: schema.name, queryable: true, replicateable: true, retrieveable: true, searchable: true,
    triggerable: true, undeletable: schema.deletable, updateable: true, urls: objectUrls(version, schema),
  };
}

export function describeField(field: FieldSchema) {
  const isText = !['boolean', 'int', 'double', 'currency', 'percent', 'date', 'datetime', 'time', 'address'].includes(field.type);
  const compound = field.type === 'address' || field.type === 'base64';
  return {
    aggregatable: field.type !== 'textarea' && !compound, autoNumber: Boolean(field.autoNumber), byteLength: isText ? (field.length ?? 0) * 3 : 0,
    calculated: Boolean(field.calculated), calculatedFormula: null, cascadeDelete: false, caseSensitive: false, compoundFieldName: field.compoundFieldName ?? null,
    controllerName: null, createable: field.createable, custom: Boolean(field.custom), defaultValue: field.type === 'boolean' ? null : (field.defaultValue ?? null),
    defaultValueFormula: null, defaultedOnCreate: field.defaultValue !== undefined || ['Id', 'OwnerId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted'].includes(field.name),
    dependentPicklist: false, deprecatedAndHidden: false, digits: field.type === 'int' ? (field.precision ?? 9) : 0, displayLocationInDecimal: false,
    encrypted: false, externalId: Boolean(field.externalId), extraTypeInfo: field.type === 'textarea' && (field.length ?? 0) > 255 ? 'plaintextarea' : null,
    filterable: field.type !== 'textarea' && !compound, filteredLookupInfo: null, formulaTreatNullNumberAsZero: false, groupable: !['textarea', 'double', 'currency', 'percent', 'datetime', 'address', 'base64'].includes(field.type),
    highScaleNumber: false, htmlFormatted: Boolean(field.htmlFormatted), idLookup: Boolean(field.idLookup || field.externalId),
    inlineHelpText: null, label: field.label, length: isText && field.type !== 'reference' && field.type !== 'id' ? (field.length ?? 0) : field.type === 'id' || field.type === 'reference' ? 18 : 0, mask: null, maskType: null,
    name: field.name, nameField: Boolean(field.nameField), namePointing: (field.referenceTo?.length ?? 0) > 1, nillable: field.nillable,
    permissionable: field.nillable && !field.calculated && field.name !== 'Id', picklistValues: field.picklistValues ?? [], polymorphicForeignKey: (field.referenceTo?.length ?? 0) > 1,
    precision: ['double', 'currency', 'percent'].includes(field.type) ? (field.precision ?? 18) : 0, queryByDistance: false,
    referenceTargetField: null, referenceTo: field.referenceTo ?? [], relationshipName: field.relationshipName ?? null, relationshipOrder: null,
    restrictedDelete: false, restrictedPicklist: Boolean(field.restrictedPicklist), scale: field.scale ?? 0, searchPrefilterable: field.type === 'reference',
    soapType: SOAP_TYPES[field.type] ?? 'xsd:string', sortable: field.type !== 'textarea' && !compound, type: field.type, unique: Boolean(field.unique), updateable: field.updateable,
    writeRequiresMasterRead: false,
  };
}

export function describeObject(version: string, schema: SObjectSchema) {
  return {
    ...globalEntry(version, schema),
    actionOverrides: [], childRelationships: schema.childRelationships.map((rel) => ({
      cascadeDelete: false, childSObject: rel.childSObject, deprecatedAndHidden: false, field: rel.field, junctionIdListNames: [],
      junctionReferenceTo: [], relationshipName: rel.relationshipName, restrictedDelete: false,
    })),
    compactLayoutable: true, defaultImplementation: null, extendedBy: null, extendsInterfaces: null, fields: schema.fields.map(describeField),
    implementedBy: null, implementsInterfaces: null, listviewable: null, lookupLayoutable: null, namedLayoutInfos: [], networkScopeFieldName: null,
    recordTypeInfos: recordTypeInfos(version, schema),
    searchLayoutable: true, sobjectDescribeOption: 'FULL', supportedScopes: [{ label: 'All ' + schema.labelPlural.toLowerCase(), name: 'everything' }],
  };
}

/**
 * The object's record types and the Master one every object has; once an object has its own
 * record types, Master is no longer available for new records.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm
 */
function recordTypeInfos(version: string, schema: SObjectSchema) {
  const own = schema.recordTypes ?? [];
  const url = (id: string) => ({ layout: `/services/data/${version}/sobjects/${schema.name}/describe/layouts/${id}` });
  return [
    ...own.map((rt) => ({ active: rt.active, available: rt.active, defaultRecordTypeMapping: rt.isDefault, developerName: rt.developerName, master: false, name: rt.label, recordTypeId: rt.id, urls: url(rt.id) })),
    { active: true, available: own.length === 0, defaultRecordTypeMapping: own.length === 0, developerName: 'Master', master: true, name: 'Master', recordTypeId: '012000000000000AAA', urls: own.length ? url('012000000000000AAA') : {} },
  ];
}
