import type { InteractionRecordDraft, InteractionRecordsPort, Relations } from '../../ports/interactionRecordsPort';
import type { Channel } from '../../vocabulary/channel';
import { CHANNEL_LABELS } from '../../vocabulary/channel';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import type { TableApi } from './table';
import { RELATION_TABLES } from './tables';

/** The `interaction.type` choice for a channel. */
export function interactionTypeOf(channel: Channel): 'phone' | 'email' | 'chat' {
  if (channel === 'voice') return 'phone';
  if (channel === 'email') return 'email';
  return 'chat';
}

/**
 * The interaction record is an `interaction` row (or a case given by the caller); its reference
 * fields `consumer`, `contact` and `account` hold the relations (§3.2).
 */
export function serviceNowInteractionRecords(table: TableApi): InteractionRecordsPort {
  async function relations(record: CrmRecordRef): Promise<Relations> {
    const row = await table.get(record.object, record.id, Object.keys(RELATION_TABLES));
    const result: Relations = {};
    for (const [field, target] of Object.entries(RELATION_TABLES)) {
      const value = row[field];
      result[field] = typeof value === 'string' && value ? { crm: 'servicenow', object: target, id: value } : null;
    }
    return result;
  }

  return {
    async create(draft: InteractionRecordDraft) {
      const subject = draft.subject ?? `${draft.channel === 'voice' ? 'Call' : CHANNEL_LABELS[draft.channel]} from ${draft.from}`;
      const row = await table.insert('interaction', {
        type: interactionTypeOf(draft.channel),
        direction: 'inbound',
        state: 'work_in_progress',
        short_description: subject,
        opened_at: serviceNowDateTime(draft.startedAt),
      });
      return { crm: 'servicenow', object: 'interaction', id: row.sys_id };
    },

    async relate(record, field, value) {
      // The Table API clears a reference with an empty string.
      await table.patch(record.object, record.id, { [field]: value?.id ?? '' });
      return relations(record);
    },

    relations,

    async complete(record, fields = {}) {
      const values: Record<string, unknown> = { state: 'closed_complete' };
      if (fields.summary) values.work_notes = fields.summary;
      await table.patch(record.object, record.id, values);
    },
  };
}

/** ServiceNow's `yyyy-MM-dd HH:mm:ss` in UTC, the format the Table API reads without display values. */
export function serviceNowDateTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}
