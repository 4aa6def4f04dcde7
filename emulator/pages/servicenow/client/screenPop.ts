type Ref = { crm: string; object: string; id: string };
type Pop = Ref & { url?: string; opens?: 'case' | 'customer'; offerNewCase?: boolean };

/** The parts of an answered interaction the workspace needs to open its record. */
export interface AnsweredInteraction {
  id: string;
  from: string;
  channel: string;
  screenPop?: Pop;
  screenPops?: Pop[];
  interactionRecords?: Ref[];
  ivr?: { outcome: string };
}

export const recordUrl = (table: string, sysId: string, interactionId: string) =>
  `/now/cwf/agent/record/${encodeURIComponent(table)}/${encodeURIComponent(sysId)}?interaction=${encodeURIComponent(interactionId)}`;

/**
 * Where the workspace goes on answer, as the contact center decided (shared/screenPop): the
 * caller's open case, or the caller's record with the offer of a new case; for a caller nobody
 * knows, the `interaction` record. Never a new case: the agent creates one when there is a reason.
 * An ambiguous caller stays on the current page, where the agent picks among the candidates.
 */
export function screenPopUrl(interaction: AnsweredInteraction): string | null {
  const pop = interaction.screenPops?.find((p) => p.crm === 'servicenow') ?? (interaction.screenPop?.crm === 'servicenow' ? interaction.screenPop : undefined);
  if (pop) return `${recordUrl(pop.object, pop.id, interaction.id)}${pop.offerNewCase ? '&offer=new-case' : ''}`;
  if (interaction.ivr?.outcome === 'ambiguous') return null;
  const record = interaction.interactionRecords?.find((r) => r.crm === 'servicenow');
  return record ? recordUrl(record.object, record.id, interaction.id) : null;
}

export function openScreenPop(interaction: AnsweredInteraction): void {
  const url = screenPopUrl(interaction);
  if (url) window.location.assign(url);
}
