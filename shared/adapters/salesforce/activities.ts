import type { ActivitiesPort, ActivityWrite } from '../../ports/activitiesPort';
import { activityDescription } from '../activityText';
import { CHANNEL_LABELS } from '../../vocabulary/channel';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import { writeOnce } from '../http/writeOnce';
import type { SalesforceApi } from './api';
import { taskSubtypeOf } from './interactionRecords';
import { isWho } from './naming';
import { queryAll, soqlId, soqlString } from './soql';

/** A text External ID field on Activity that holds the write-back's idempotency key (defined in force-app). */
export const KEY_FIELD = 'Customer_Card_Key__c';

/**
 * The completed Task written on a linked record (§2.2): Who for people, What for everything
 * else. A Task on an Account or a Case also names the person the call was with (`who`, the
 * interaction Task's Name), as a console's call log does; Salesforce allows a Contact there.
 */
export function activityTask(write: ActivityWrite, who?: string): Record<string, unknown> {
  const { content, record } = write;
  const task: Record<string, unknown> = {
    Subject: `${CHANNEL_LABELS[content.channel]} with ${content.contactName}`,
    Status: 'Completed',
    Priority: 'Normal',
    TaskSubtype: taskSubtypeOf(content.channel),
    ActivityDate: content.endedAt.slice(0, 10),
    Description: activityDescription(content),
    [isWho(record.object) ? 'WhoId' : 'WhatId']: record.id,
    [KEY_FIELD]: write.idempotencyKey,
  };
  if (who && !isWho(record.object)) task.WhoId = who;
  if (content.channel === 'voice') {
    task.CallType = 'Inbound';
    task.CallDurationInSeconds = Math.round(content.durationSeconds);
    // The same field the interaction's own Task gets, so a call log reads alike on every record.
    if (content.disposition) task.CallDisposition = content.disposition;
  }
  return task;
}

export function salesforceActivities(api: SalesforceApi, options: { sleep?: (ms: number) => Promise<void> } = {}): ActivitiesPort {
  async function find(activity: ActivityWrite): Promise<CrmRecordRef | null> {
    const key = activity.idempotencyKey;
    const [row] = await queryAll(api, `SELECT Id FROM Task WHERE ${KEY_FIELD} = ${soqlString(key)} LIMIT 1`);
    return row?.Id ? { crm: 'salesforce', object: 'Task', id: row.Id } : null;
  }

  /**
   * The Contact in the interaction Task's Name, for a Task written on a What record. A Lead is
   * left out: Salesforce refuses a Lead in WhoId together with a WhatId.
   */
  async function contactOfInteraction(activity: ActivityWrite): Promise<string | undefined> {
    const task = activity.content.interactionRecord;
    if (isWho(activity.record.object) || task?.crm !== 'salesforce' || task.object !== 'Task') return undefined;
    const [row] = await queryAll(api, `SELECT WhoId, Who.Type FROM Task WHERE Id = ${soqlId(task.id)}`);
    const type = (row?.Who as { Type?: string } | null | undefined)?.Type;
    return typeof row?.WhoId === 'string' && type === 'Contact' ? row.WhoId : undefined;
  }

  return {
    find,
    write(activity) {
      return writeOnce({
        find: () => find(activity),
        create: async () => {
          const body = activityTask(activity, await contactOfInteraction(activity));
          const { id } = await api.call<{ id: string }>('/sobjects/Task', { method: 'POST', body });
          return { crm: 'salesforce', object: 'Task', id };
        },
        sleep: options.sleep,
      });
    },
  };
}
