import type { InteractionClosing } from '../../ports/interactionRecordsPort';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import type { TableApi } from './table';

/** `4 min 12 s`, as an agent reads a duration in a work note. */
export function durationText(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

/**
 * The fields that close an `interaction`: `closed_complete`, or `closed_abandoned` when the customer
 * left before an agent answered (https://www.servicenow.com/docs/r/servicenow-platform/interaction-management/interaction-states.html),
 * `closed_at`, and a work note with the duration, the disposition and the agent's notes.
 */
export function closingValues(fields: InteractionClosing, closedAt: string): Record<string, string> {
  const lines = [
    fields.abandoned ? 'Abandoned before an agent answered.' : 'Interaction completed.',
    fields.durationSeconds !== undefined ? `Duration: ${durationText(fields.durationSeconds)}` : '',
    fields.disposition ? `Disposition: ${fields.disposition}` : '',
    fields.notes ? `Notes: ${fields.notes}` : '',
    fields.summary ?? '',
  ].filter(Boolean);
  return { state: fields.abandoned ? 'closed_abandoned' : 'closed_complete', closed_at: closedAt, work_notes: lines.join('\n') };
}

/** One `interaction_related_record` row per record the interaction was about; a row already there is kept. */
export async function listRelatedRecords(table: TableApi, interaction: CrmRecordRef, records: CrmRecordRef[]): Promise<void> {
  for (const record of records.filter((r) => r.crm === 'servicenow')) {
    const query = `interaction=${interaction.id}^document_table=${record.object}^document_id=${record.id}`;
    const [row] = await table.list('interaction_related_record', { query, fields: ['sys_id'], limit: 1 });
    if (!row) await table.insert('interaction_related_record', { interaction: interaction.id, document_table: record.object, document_id: record.id });
  }
}
