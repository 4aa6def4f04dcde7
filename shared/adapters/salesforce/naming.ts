import type { CrmRecord } from '../../vocabulary/crmRecord';
import type { SoqlRow } from './soql';

/** The field Salesforce uses as an object's name (describe's `nameField`). */
export function nameFieldOf(object: string): string {
  if (object === 'Case') return 'CaseNumber';
  if (object === 'Task' || object === 'Event') return 'Subject';
  return 'Name';
}

/** Whether a record goes into a Task's Name (`WhoId`) rather than Related To (`WhatId`). */
export const isWho = (object: string) => object === 'Contact' || object === 'Lead';

/** A row from SOQL, SOSL or a record GET as the card's record. */
export function salesforceRecordOf(row: SoqlRow, fallbackObject?: string): CrmRecord {
  const object = row.attributes?.type ?? fallbackObject ?? '';
  const { attributes: _attributes, ...fields } = row;
  const name = fields[nameFieldOf(object)];
  return { crm: 'salesforce', object, id: String(fields.Id ?? ''), name: typeof name === 'string' ? name : '', fields };
}
