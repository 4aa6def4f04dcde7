import type { InteractionRecordDraft, InteractionRecordsPort, Relations } from '../../ports/interactionRecordsPort';
import type { Channel } from '../../vocabulary/channel';
import { CHANNEL_LABELS } from '../../vocabulary/channel';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import { queryValue } from './encodedQuery';
import { closingValues, listRelatedRecords } from './interactionClosing';
import type { TableApi } from './table';
import { RELATION_TABLES } from './tables';

/**
 * The `interaction.type` choice for a channel (Interaction form: "the type of customer interaction,
 * such as a chat or phone call", https://www.servicenow.com/docs/r/servicenow-platform/interaction-management/interaction-form.html).
 * SMS and WhatsApp are types of their own (issue 15: reporting by type must tell them from chat;
 * the Table API stores a choice value the list does not name yet as given). Other messaging
 * channels without a type are chats; `channel` names them.
 */
export function interactionTypeOf(channel: Channel): 'phone' | 'email' | 'chat' | 'sms' | 'whatsapp' {
  if (channel === 'voice') return 'phone';
  if (channel === 'email' || channel === 'sms' || channel === 'whatsapp') return channel;
  return 'chat';
}

const FIELD_OF_TABLE = Object.fromEntries(Object.entries(RELATION_TABLES).map(([field, table]) => [table, field]));

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

  /** consumer/contact/account from the identified customer; a contact brings their account, as the form fills it. */
  async function customerFields(customer: CrmRecordRef[] = []): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    for (const ref of customer) {
      const field = ref.crm === 'servicenow' ? FIELD_OF_TABLE[ref.object] : undefined;
      if (field && !values[field]) values[field] = ref.id;
    }
    if (values.contact && !values.account) {
      const contact = await table.get('customer_contact', values.contact, ['account']).catch(() => null);
      if (typeof contact?.account === 'string' && contact.account) values.account = contact.account;
    }
    return values;
  }

  /**
   * `opened_for`, the user the interaction is for: the contact itself (customer_contact extends
   * sys_user), else the consumer's own user when they registered (csm_consumer.user).
   */
  async function openedFor(values: Record<string, string>): Promise<string> {
    if (values.contact) return values.contact;
    if (!values.consumer) return '';
    const consumer = await table.get('csm_consumer', values.consumer, ['user']).catch(() => null);
    return typeof consumer?.user === 'string' ? consumer.user : '';
  }

  /** The agent's `sys_user`, found by the email address they sign in with (or their user ID). */
  async function userOf(username: string | undefined): Promise<string | null> {
    const value = username && queryValue(username);
    if (!value) return null;
    const [user] = await table.list('sys_user', { query: `email=${value}^ORuser_name=${value}^active=true`, fields: ['sys_id'], limit: 1 });
    return user?.sys_id ?? null;
  }

  return {
    async create(draft: InteractionRecordDraft) {
      const subject = draft.subject ?? `${draft.channel === 'voice' ? 'Call' : CHANNEL_LABELS[draft.channel]} from ${draft.from}`;
      const [customer, agent] = await Promise.all([customerFields(draft.customer), userOf(draft.agentUsername).catch(() => null)]);
      const forUser = await openedFor(customer);
      const row = await table.insert('interaction', {
        type: interactionTypeOf(draft.channel),
        channel: CHANNEL_LABELS[draft.channel],
        direction: 'inbound',
        state: 'work_in_progress',
        short_description: subject,
        opened_at: serviceNowDateTime(draft.startedAt),
        ...customer,
        ...(forUser ? { opened_for: forUser } : {}),
        ...(agent ? { assigned_to: agent } : {}),
      });
      return { crm: 'servicenow', object: 'interaction', id: row.sys_id };
    },

    async relate(record, field, value) {
      // The Table API clears a reference with an empty string.
      const change: Record<string, string> = { [field]: value?.id ?? '' };
      if (record.object === 'interaction' && (field === 'contact' || field === 'consumer')) {
        const current = await relations(record);
        const ids = Object.fromEntries(Object.entries(current).map(([name, ref]) => [name, ref?.id ?? '']));
        change.opened_for = await openedFor({ ...ids, ...change });
      }
      await table.patch(record.object, record.id, change);
      return relations(record);
    },

    relations,

    async complete(record, fields = {}) {
      if (record.object === 'interaction') await listRelatedRecords(table, record, fields.relatedRecords ?? []);
      // The work note is appended once: a retry would add a second one.
      await table.patch(record.object, record.id, closingValues(fields, serviceNowDateTime(fields.closedAt ?? new Date().toISOString())), { retryable: false });
    },
  };
}

/** ServiceNow's `yyyy-MM-dd HH:mm:ss` in UTC, the format the Table API reads without display values. */
export function serviceNowDateTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}
