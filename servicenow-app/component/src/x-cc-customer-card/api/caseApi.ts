import { createTableApi } from '../../../../../shared/adapters/servicenow/table';
import { serviceNowRecords } from '../../../../../shared/adapters/servicenow/records';
import { listRelatedRecords } from '../../../../../shared/adapters/servicenow/interactionClosing';
import type { CrmRecord, CrmRecordRef } from '../../../../../shared/vocabulary/crmRecord';
import type { ServiceNowRelationField } from '../../../../../shared/relating/servicenowRelation';

/**
 * The Table API with relative URLs: inside an instance and on the local page alike, the browser's
 * session cookie authenticates and `g_ck` (the page's CSRF token) goes as `X-UserToken`
 * (https://developer.servicenow.com/dev.do#!/reference/api/latest/rest/c_TableAPI).
 */
export function createCaseApi() {
  const userToken = (globalThis as { g_ck?: unknown }).g_ck;
  const table = createTableApi({ instanceUrl: '', userToken: typeof userToken === 'string' ? userToken : undefined, http: { maxAttempts: 2 } });
  const records = serviceNowRecords(table);

  return {
    /** The case's relation fields as sys_ids ('' when empty). */
    async relationFields(caseTable: string, sysId: string): Promise<Record<ServiceNowRelationField, string>> {
      const row = await table.get(caseTable, sysId, ['consumer', 'contact', 'account']);
      const value = (field: string) => (typeof row[field] === 'string' ? (row[field] as string) : '');
      return { consumer: value('consumer'), contact: value('contact'), account: value('account') };
    },
    setField: (caseTable: string, sysId: string, field: ServiceNowRelationField, value: string) =>
      table.patch(caseTable, sysId, { [field]: value }),
    record: (ref: CrmRecordRef): Promise<CrmRecord | null> => records.get(ref),
    searchByPhone: (phone: string) => records.searchByPhone(phone),
    searchByEmail: (email: string) => records.searchByEmail(email),
    related: (parent: CrmRecordRef, lists: { object: string; field: string }[]) => records.relatedRecords(parent, lists),
    create: (object: string, fields: Record<string, unknown>) => records.create(object, fields),
    /** Lists a record with the interaction record (`interaction_related_record`), as a case created during an interaction is. */
    listWithInteraction: (interaction: CrmRecordRef, record: CrmRecordRef) => listRelatedRecords(table, interaction, [record]),
  };
}

export type CaseApi = ReturnType<typeof createCaseApi>;
