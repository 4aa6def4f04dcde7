import { callerFields, type CallerRecord } from '../../../../../shared/create/callerFields';
import type { CrmRecordRef } from '../../../../../shared/vocabulary/crmRecord';
import type { CaseApi } from '../api/caseApi';
import type { CardState } from '../state';

/** A reference's sys_id, whether the Table API gave it plain or as `{ value, link }`. */
const idOf = (value: unknown) => (typeof value === 'string' ? value : typeof (value as { value?: unknown })?.value === 'string' ? (value as { value: string }).value : '');

/**
 * Who the caller is, in order of trust: the records the agent related, then the IVR's
 * identified match. A contact brings the account they work for, read from ServiceNow.
 */
async function callerOf(state: CardState, sn: CaseApi): Promise<CallerRecord[]> {
  const ivr = state.interaction?.ivr;
  const identified: CrmRecordRef[] = ivr?.outcome === 'identified' ? ivr.matches.filter((m) => m.crm === 'servicenow') : [];
  const caller: CallerRecord[] = [...state.relations.related.map((r) => r.record), ...identified];
  const contact = caller.find((r) => r.object === 'customer_contact');
  if (!contact) return caller;
  const account = idOf((await sn.record(contact).catch(() => null))?.fields?.account);
  return caller.map((r) => (r === contact && account ? { ...r, account } : r));
}

/** The fields a new record takes from the caller and the channel (shared/create decides which). */
export async function callerValues(state: CardState, object: string, sn: CaseApi): Promise<Record<string, string>> {
  if (!state.interaction) return {};
  return callerFields('servicenow', object, await callerOf(state, sn), state.interaction.channel);
}

/** The ServiceNow interaction record of the card's interaction, if it has one. */
export const interactionRecordOf = (state: CardState): CrmRecordRef | undefined =>
  state.interaction?.interactionRecords?.find((r) => r.crm === 'servicenow' && r.object === 'interaction');
