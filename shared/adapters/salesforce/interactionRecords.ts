import type { InteractionRecordDraft, InteractionRecordsPort, Relations } from '../../ports/interactionRecordsPort';
import type { Channel } from '../../vocabulary/channel';
import { CHANNEL_LABELS } from '../../vocabulary/channel';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import type { SalesforceApi } from './api';
import { queryAll, soqlId } from './soql';

/** Task.TaskSubtype picklist values this product writes (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm). */
export function taskSubtypeOf(channel: Channel): 'Call' | 'Email' | 'Task' {
  if (channel === 'voice') return 'Call';
  if (channel === 'email') return 'Email';
  return 'Task';
}

export function interactionSubject(channel: Channel, from: string): string {
  if (channel === 'voice') return `Call from ${from}`;
  return `${CHANNEL_LABELS[channel]} from ${from}`;
}

const RELATION_FIELDS = ['WhoId', 'WhatId'] as const;

/** The interaction record is a Task; Name (`WhoId`) and Related To (`WhatId`) hold its relations (§3.1). */
export function salesforceInteractionRecords(api: SalesforceApi): InteractionRecordsPort {
  async function relations(task: CrmRecordRef): Promise<Relations> {
    const [row] = await queryAll(api, `SELECT Id, WhoId, Who.Type, WhatId, What.Type FROM Task WHERE Id = ${soqlId(task.id)}`);
    const result: Relations = {};
    for (const field of RELATION_FIELDS) {
      const id = row?.[field];
      const parent = row?.[field === 'WhoId' ? 'Who' : 'What'] as { Type?: string } | null | undefined;
      result[field] = typeof id === 'string' && id ? { crm: 'salesforce', object: parent?.Type ?? '', id } : null;
    }
    return result;
  }

  return {
    async create(draft: InteractionRecordDraft) {
      const body: Record<string, unknown> = {
        Subject: draft.subject ?? interactionSubject(draft.channel, draft.from),
        Status: 'In Progress',
        Priority: 'Normal',
        TaskSubtype: taskSubtypeOf(draft.channel),
        ActivityDate: draft.startedAt.slice(0, 10),
      };
      if (draft.channel === 'voice') body.CallType = 'Inbound';
      const { id } = await api.call<{ id: string }>('/sobjects/Task', { method: 'POST', body });
      return { crm: 'salesforce', object: 'Task', id };
    },

    async relate(task, field, value) {
      await api.call(`/sobjects/Task/${task.id}`, { method: 'PATCH', body: { [field]: value?.id ?? null } });
      return relations(task);
    },

    relations,

    async complete(task, fields = {}) {
      const body: Record<string, unknown> = { Status: 'Completed' };
      // The agent's wrap-up (§2.2): Task's own CallDisposition, and the notes in the description.
      if (fields.disposition) body.CallDisposition = fields.disposition;
      const description = [fields.notes ? `Notes: ${fields.notes}` : '', fields.summary ?? ''].filter(Boolean).join('\n');
      if (description) body.Description = description;
      if (fields.durationSeconds !== undefined) body.CallDurationInSeconds = Math.round(fields.durationSeconds);
      await api.call(`/sobjects/Task/${task.id}`, { method: 'PATCH', body });
    },
  };
}
