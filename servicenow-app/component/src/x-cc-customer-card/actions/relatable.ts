import { relatableRecords } from '../../../../../shared/relating/relatable';
import { RELATION_TABLES } from '../../../../../shared/adapters/servicenow/tables';
import type { CrmRecord, CrmRecordRef } from '../../../../../shared/vocabulary/crmRecord';
import type { ServiceNowRelationField, ServiceNowRelations } from '../../../../../shared/relating/servicenowRelation';
import type { CaseApi } from '../api/caseApi';
import type { CcInteraction } from '../state';

/**
 * §3.2's drop-down: ServiceNow records found for the contact (the IVR's matches) and records the
 * agent opened during the interaction, newest first, each with its current display name.
 */
export async function relatableFor(interaction: CcInteraction, sn: CaseApi, alsoRelated: CrmRecordRef[]): Promise<CrmRecord[]> {
  const found = (interaction.ivr?.matches ?? []).filter((m) => m.crm === 'servicenow');
  const refs = relatableRecords<CrmRecordRef>([...alsoRelated, ...found, ...interaction.visited]);
  const names = new Map(found.map((m) => [`${m.object}:${m.id}`, m.name]));
  const records = await Promise.all(
    refs.map(async (ref): Promise<CrmRecord | null> => {
      const fallback = { crm: ref.crm, object: ref.object, id: ref.id, name: names.get(`${ref.object}:${ref.id}`) ?? '' };
      return sn.record(ref).catch(() => fallback);
    }),
  );
  return records.filter((r): r is CrmRecord => r !== null);
}

/** The case's filled reference fields as the card's starting relations (the last field is current). */
export function relationsOfCase(fields: Record<ServiceNowRelationField, string>): ServiceNowRelations {
  const related = (Object.keys(fields) as ServiceNowRelationField[])
    .filter((field) => fields[field])
    .map((field) => ({ field, record: { crm: 'servicenow' as const, object: RELATION_TABLES[field], id: fields[field] } }));
  return { related };
}
