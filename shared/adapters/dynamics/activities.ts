import type { ActivitiesPort, ActivityWrite } from '../../ports/activitiesPort';
import type { CrmRecordRef } from '../../vocabulary/crmRecord';
import { CHANNEL_LABELS } from '../../vocabulary/channel';
import { activityDescription } from '../activityText';
import { writeOnce } from '../http/writeOnce';
import type { DynamicsApi } from './api';
import { literal } from './lookupQueries';
import type { TableInfo } from './metadata';

/** The tag that carries the idempotency key inside the description, so a retry can find the phone call it wrote. */
const keyMarker = (key: string) => `[customer-card:${key}]`;

/**
 * The completed phone call activity written on a linked record (§2.2): `regardingobjectid` is
 * bound to the record through its single-valued navigation property (`regardingobjectid_contact_phonecall`)
 * (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api).
 */
export function phonecallOf(write: ActivityWrite, regarding: TableInfo): Record<string, unknown> {
  const { content, record } = write;
  return {
    subject: `${CHANNEL_LABELS[content.channel]} with ${content.contactName}`.slice(0, 200),
    description: `${activityDescription(content)}\n${keyMarker(write.idempotencyKey)}`,
    directioncode: false,
    actualdurationminutes: Math.round(content.durationSeconds / 60),
    actualend: content.endedAt,
    // An incoming call that took place: Completed (statecode 1) with the reason Received.
    statecode: 1,
    statuscode: 4,
    [`regardingobjectid_${regarding.logicalName}_phonecall@odata.bind`]: `/${regarding.entitySet}(${record.id})`,
  };
}

/** Write-back on Dynamics 365: one phone call per link, found again by its key before any retry writes it. */
export function dynamicsActivities(api: DynamicsApi, tableOf: (logicalName: string) => Promise<TableInfo>, options: { sleep?: (ms: number) => Promise<void> } = {}): ActivitiesPort {
  const ref = (id: string): CrmRecordRef => ({ crm: 'dynamics', object: 'phonecall', id });

  async function find(activity: ActivityWrite): Promise<CrmRecordRef | null> {
    const filter = `_regardingobjectid_value eq ${activity.record.id} and contains(description,${literal(keyMarker(activity.idempotencyKey))})`;
    const query = new URLSearchParams({ $select: 'activityid', $filter: filter, $top: '1' });
    const body = await api.call<{ value: { activityid: string }[] }>(`/phonecalls?${query}`);
    return body.value[0] ? ref(body.value[0].activityid) : null;
  }

  return {
    find,
    async write(activity) {
      const regarding = await tableOf(activity.record.object);
      return writeOnce({
        find: () => find(activity),
        create: async () => {
          const row = await api.call<{ activityid: string }>('/phonecalls', { method: 'POST', body: phonecallOf(activity, regarding), headers: { Prefer: 'return=representation' } });
          return ref(row.activityid);
        },
        sleep: options.sleep,
      });
    },
  };
}
