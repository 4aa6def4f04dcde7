import type { FieldSchema, FieldType } from '../model/types';

/** Compact builders for field schemas, so object definitions read like Setup's field list. */
type Extra = Partial<Omit<FieldSchema, 'name' | 'label' | 'type'>>;

const base = (name: string, label: string, type: FieldType, extra: Extra = {}): FieldSchema => ({
  name,
  label,
  type,
  nillable: true,
  createable: true,
  updateable: true,
  ...extra,
});

export const required = { nillable: false, required: true } as const;
export const readOnly = { createable: false, updateable: false } as const;

export const text = (name: string, label: string, length: number, extra?: Extra) => base(name, label, 'string', { length, ...extra });
export const textArea = (name: string, label: string, length = 32000, extra?: Extra) => base(name, label, 'textarea', { length, ...extra });
export const email = (name: string, label: string, extra?: Extra) => base(name, label, 'email', { length: 80, searchGroup: 'EMAIL', ...extra });
export const phone = (name: string, label: string, extra?: Extra) => base(name, label, 'phone', { length: 40, searchGroup: 'PHONE', ...extra });
export const url = (name: string, label: string) => base(name, label, 'url', { length: 255 });
export const checkbox = (name: string, label: string, extra?: Extra) => base(name, label, 'boolean', { nillable: false, defaultValue: false, ...extra });
export const integer = (name: string, label: string, extra?: Extra) => base(name, label, 'int', { precision: 9, scale: 0, ...extra });
export const currency = (name: string, label: string) => base(name, label, 'currency', { precision: 18, scale: 2 });
export const percent = (name: string, label: string) => base(name, label, 'percent', { precision: 3, scale: 0 });
export const date = (name: string, label: string, extra?: Extra) => base(name, label, 'date', extra);
export const dateTime = (name: string, label: string, extra?: Extra) => base(name, label, 'datetime', extra);

export const reference = (name: string, label: string, to: string[], relationshipName: string, extra?: Extra) =>
  base(name, label, 'reference', { length: 18, referenceTo: to, relationshipName, ...extra });

/** A picklist; `restricted` mirrors "Restrict picklist to the values defined in the value set". */
export function picklist(name: string, label: string, values: string[], options: { restricted?: boolean; defaultValue?: string; multi?: boolean } & Extra = {}): FieldSchema {
  const { restricted, defaultValue, multi, ...extra } = options;
  return base(name, label, multi ? 'multipicklist' : 'picklist', {
    length: multi ? 4099 : 255,
    restrictedPicklist: Boolean(restricted),
    defaultValue,
    picklistValues: values.map((value) => ({ value, label: value, active: true, defaultValue: value === defaultValue })),
    ...extra,
  });
}

/**
 * Fields every object has, maintained by the platform: Id, OwnerId on owned objects (a queue
 * is a Group, hence `ownerTo`), and the audit fields, which a few objects lack.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm
 */
export function systemFields(options: { owned: boolean; ownerTo?: string[]; audited?: boolean }): FieldSchema[] {
  const audit = (name: string, label: string) => reference(name, label, ['User'], name.replace(/Id$/, ''), { ...readOnly, nillable: false });
  const audited = options.audited ?? true;
  return [
    base('Id', 'Record ID', 'id', { ...readOnly, nillable: false, length: 18, idLookup: true }),
    ...(options.owned ? [reference('OwnerId', 'Owner ID', options.ownerTo ?? ['User'], 'Owner', { nillable: false })] : []),
    checkbox('IsDeleted', 'Deleted', readOnly),
    ...(audited ? [
      dateTime('CreatedDate', 'Created Date', { ...readOnly, nillable: false }),
      audit('CreatedById', 'Created By ID'),
      dateTime('LastModifiedDate', 'Last Modified Date', { ...readOnly, nillable: false }),
      audit('LastModifiedById', 'Last Modified By ID'),
    ] : []),
    dateTime('SystemModstamp', 'System Modstamp', { ...readOnly, nillable: false }),
  ];
}
