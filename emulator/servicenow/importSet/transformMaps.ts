/**
 * Transform maps as data: how a staging table's row becomes a target record. A field with
 * `coalesce` identifies the target: a row whose coalesce values match an existing record
 * updates it, otherwise a record is inserted.
 * https://www.servicenow.com/docs/r/integrate-applications/system-import-sets/c_CreatingATransformMap.html
 */
export interface FieldMap {
  source: string;
  target: string;
  coalesce?: true;
}

export interface TransformMap {
  name: string;
  sysId: string;
  source: string;
  target: string;
  fields: FieldMap[];
}

export const TRANSFORM_MAPS: TransformMap[] = [
  {
    name: 'Consumer import',
    sysId: '5a1c0d2e8f3b4a6c9d7e1f2a3b4c5d6e',
    source: 'u_consumer_import',
    target: 'csm_consumer',
    fields: [
      { source: 'u_email', target: 'email', coalesce: true },
      { source: 'u_first_name', target: 'first_name' },
      { source: 'u_last_name', target: 'last_name' },
      { source: 'u_phone', target: 'phone' },
      { source: 'u_city', target: 'city' },
    ],
  },
  {
    name: 'Case import',
    sysId: '6b2d1e3f9a4c5b7d0e8f2a3b4c5d6e7f',
    source: 'u_case_import',
    target: 'sn_customerservice_case',
    fields: [
      { source: 'u_number', target: 'number', coalesce: true },
      { source: 'u_short_description', target: 'short_description' },
      { source: 'u_priority', target: 'priority' },
    ],
  },
];

export const transformMapsFor = (staging: string): TransformMap[] => TRANSFORM_MAPS.filter((map) => map.source === staging);
