import type { ActivitiesPort, ActivityWrite } from '../../ports/activitiesPort';
import { CrmError } from '../../ports/crmError';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import { activityDescription } from '../activityText';
import { writeOnce } from '../http/writeOnce';
import { queryValue } from './encodedQuery';
import type { TableApi } from './table';
import { JOURNAL_TABLES } from './tables';

/** The tag that carries the idempotency key inside a work note, so a retry can find the note it wrote. */
export const keyMarker = (key: string) => `[customer-card:${key}]`;

/**
 * Write-back on ServiceNow (§2.2): the interaction is tied to the record through
 * `interaction_related_record`, and records with a journal (cases) also get a work note. Each
 * part is looked up before it is written, so a retried write-back adds nothing twice.
 */
export function serviceNowActivities(table: TableApi, options: { sleep?: (ms: number) => Promise<void> } = {}): ActivitiesPort {
  const ref = (object: string, id: string): CrmRecordRef => ({ crm: 'servicenow', object, id });

  async function findRelatedRecord(activity: ActivityWrite): Promise<CrmRecordRef | null> {
    const interaction = activity.content.interactionRecord;
    if (!interaction) return null;
    const query = `interaction=${interaction.id}^document_table=${activity.record.object}^document_id=${activity.record.id}`;
    const [row] = await table.list('interaction_related_record', { query, fields: ['sys_id'], limit: 1 });
    return row ? ref('interaction_related_record', row.sys_id) : null;
  }

  async function findNote(activity: ActivityWrite): Promise<CrmRecordRef | null> {
    const marker = queryValue(keyMarker(activity.idempotencyKey));
    if (!marker) throw new CrmError({ kind: 'validation', crm: 'servicenow', status: 0, code: 'INVALID_KEY', message: 'The idempotency key cannot hold ^ or line breaks' });
    const query = `element_id=${activity.record.id}^element=work_notes^valueLIKE${marker}`;
    const [row] = await table.list('sys_journal_field', { query, fields: ['sys_id'], limit: 1 });
    return row ? ref('sys_journal_field', row.sys_id) : null;
  }

  async function writeNote(activity: ActivityWrite): Promise<CrmRecordRef> {
    const note = `${activityDescription(activity.content)}\n${keyMarker(activity.idempotencyKey)}`;
    await table.patch(activity.record.object, activity.record.id, { work_notes: note }, { retryable: false });
    const written = await findNote(activity);
    if (!written) throw new CrmError({ kind: 'unknown', crm: 'servicenow', status: 0, code: 'NOTE_NOT_FOUND', message: 'The work note was written but cannot be read back' });
    return written;
  }

  const hasJournal = (activity: ActivityWrite) => JOURNAL_TABLES.has(activity.record.object);

  return {
    async find(activity) {
      return hasJournal(activity) ? findNote(activity) : findRelatedRecord(activity);
    },

    async write(activity) {
      const interaction = activity.content.interactionRecord;
      if (!interaction && !hasJournal(activity)) {
        throw new CrmError({ kind: 'validation', crm: 'servicenow', status: 0, code: 'NO_INTERACTION', message: `Nothing to write on ${activity.record.object} without an interaction record` });
      }
      const sleep = options.sleep;
      let related: CrmRecordRef | null = null;
      if (interaction) {
        related = await writeOnce({
          find: () => findRelatedRecord(activity),
          create: async () => {
            const row = await table.insert('interaction_related_record', {
              interaction: interaction.id,
              document_table: activity.record.object,
              document_id: activity.record.id,
            });
            return ref('interaction_related_record', row.sys_id);
          },
          sleep,
        });
      }
      if (!hasJournal(activity)) return related as CrmRecordRef;
      return writeOnce({ find: () => findNote(activity), create: () => writeNote(activity), sleep });
    },
  };
}
