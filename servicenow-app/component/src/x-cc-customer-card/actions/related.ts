import { contactIdentityPoints } from '../../../../../shared/cards/identityPoint';
import { expansionPlan } from '../../../../../shared/related/expansionPlan';
import { orderRelated } from '../../../../../shared/related/orderRelated';
import type { Region } from '../../../../../shared/phone/normalizePhone';
import type { CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import type { CaseApi } from '../api/caseApi';
import type { ApiContext, CardState, RelatedEntry } from '../state';
import { errorText } from './messages';

/** Everyone sharing a household with the people found: §5.1's "records related to them". */
async function householdOf(found: CrmRecord[], sn: CaseApi): Promise<CrmRecord[]> {
  const households = [...new Set(found.map((r) => r.fields?.household).filter((h): h is string => typeof h === 'string' && h !== ''))];
  const lists = await Promise.all(
    households.map((id) => sn.related({ crm: 'servicenow', object: 'csm_household', id }, [{ object: 'csm_consumer', field: 'household' }])),
  );
  return lists.flat().flatMap((l) => l.records);
}

/**
 * §5.1 *Related interactions*: what ServiceNow holds for the contact's phone numbers and emails and
 * their households, ordered and grouped by the domain, with the records created during the interaction.
 */
export async function relatedEntries(state: Pick<CardState, 'card' | 'interaction' | 'config' | 'created'>, sn: CaseApi): Promise<RelatedEntry[]> {
  if (!state.config) return [];
  // The config schema accepts only the country codes libphonenumber knows, so it is a Region.
  const identityPoints = contactIdentityPoints(state.card, state.interaction, state.config.phone.defaultRegion as Region);
  const found = (
    await Promise.all(
      identityPoints.map((p) => (p.kind === 'phone' ? sn.searchByPhone(p.value) : p.kind === 'email' ? sn.searchByEmail(p.value) : [])),
    )
  ).flat();
  const records = [...found, ...(await householdOf(found, sn))];
  const ordered = orderRelated({ identityPoints, records, created: state.created }, state.config);
  if (!Array.isArray(ordered)) return [];
  return ordered.map((entry) => ({ ...entry, expanded: false, children: null }));
}

export async function relatedRefreshed({ state, updateState, apis: { sn } }: ApiContext) {
  if (!state.interaction) return;
  try {
    updateState({ related: await relatedEntries(state, sn), relatedError: null });
  } catch (error) {
    updateState({ relatedError: errorText(error) });
  }
}

/** §5.2: children load on demand, the first time the arrow is opened, as the domain's expansion plan says. */
export async function relatedExpandToggled({ action, state, updateState, apis: { sn } }: ApiContext<{ record: CrmRecord }>) {
  const at = state.related.findIndex((e) => e.record.object === action.payload.record.object && e.record.id === action.payload.record.id);
  if (at < 0) return;
  const entry = state.related[at];
  const put = (next: RelatedEntry) => updateState({ related: state.related.map((e, i) => (i === at ? next : e)) });
  if (entry.expanded || entry.children) return put({ ...entry, expanded: !entry.expanded });
  try {
    const plan = expansionPlan(entry.record);
    const lists = await sn.related(entry.record, plan.map(({ object, field }) => ({ object, field })));
    put({ ...entry, expanded: true, children: lists.map((list, i) => ({ label: plan[i].label, records: list.records })) });
  } catch (error) {
    updateState({ relatedError: errorText(error) });
  }
}
