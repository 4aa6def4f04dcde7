import type { AttributeDef, AttributeType, LookupTarget, OptionDef } from './types';

type Options = Omit<Partial<AttributeDef>, 'logicalName' | 'type'>;

const attribute =
  (type: AttributeType) =>
  (logicalName: string, label: string, options: Options = {}): AttributeDef => ({ logicalName, label, type, ...options });

export const text = attribute('string');
export const memo = attribute('memo');
export const integer = attribute('integer');
export const boolean = attribute('boolean');
export const dateTime = attribute('datetime');
export const phone = (name: string, label: string, options: Options = {}) => text(name, label, { maxLength: 50, format: 'phone', indexed: true, ...options });
export const email = (name: string, label: string, options: Options = {}) => text(name, label, { maxLength: 100, format: 'email', indexed: true, ...options });

export function choice(logicalName: string, label: string, options: [number, string][], extra: Options = {}): AttributeDef {
  return { logicalName, label, type: 'picklist', options: options.map(([value, optionLabel]) => ({ value, label: optionLabel })), ...extra };
}

/** A lookup to one table: its navigation property has the attribute's own name. */
export function lookup(logicalName: string, label: string, entity: string, extra: Options = {}): AttributeDef {
  return { logicalName, label, type: 'lookup', targets: [{ entity, navigation: logicalName }], indexed: true, ...extra };
}

/**
 * A polymorphic lookup (Customer, or an activity's Regarding): one navigation property
 * per target table, named `<attribute>_<table>` with an optional suffix, as in
 * `parentcustomerid_account` or `regardingobjectid_contact_phonecall`.
 */
export function polymorphic(logicalName: string, label: string, entities: string[], suffix = '', type: 'lookup' | 'customer' = 'customer'): AttributeDef {
  const targets: LookupTarget[] = entities.map((entity) => ({ entity, navigation: `${logicalName}_${entity}${suffix}` }));
  return { logicalName, label, type, targets, indexed: true };
}

/**
 * Status (statecode) and Status Reason (statuscode); each reason belongs to one state and
 * the first reason of a state is its default.
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident#BKMK_StatusCode
 */
export function stateAndStatus(states: [number, string][], reasons: [value: number, label: string, state: number][]): AttributeDef[] {
  const stateOptions: OptionDef[] = states.map(([value, label]) => ({ value, label }));
  const reasonOptions: OptionDef[] = reasons.map(([value, label, state]) => ({ value, label, state }));
  return [
    { logicalName: 'statecode', label: 'Status', type: 'state', options: stateOptions, defaultValue: stateOptions[0].value },
    { logicalName: 'statuscode', label: 'Status Reason', type: 'status', options: reasonOptions, defaultValue: reasonOptions[0].value },
  ];
}

export const activeInactive = () => stateAndStatus([[0, 'Active'], [1, 'Inactive']], [[1, 'Active', 0], [2, 'Inactive', 1]]);

/** Every table carries these; the platform sets them. */
export const systemAttributes = (): AttributeDef[] => [
  dateTime('createdon', 'Created On', { readOnly: true }),
  dateTime('modifiedon', 'Modified On', { readOnly: true }),
  { logicalName: 'versionnumber', label: 'Version Number', type: 'bigint', readOnly: true },
];
