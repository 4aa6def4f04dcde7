/** The parts of an answered interaction the workspace needs to open its case. */
export interface AnsweredInteraction {
  id: string;
  from: string;
  channel: string;
  screenPop?: { crm: string; object: string; id: string; url?: string };
}

export const recordUrl = (table: string, sysId: string, interactionId: string) =>
  `/now/cwf/agent/record/${encodeURIComponent(table)}/${encodeURIComponent(sysId)}?interaction=${encodeURIComponent(interactionId)}`;

/**
 * On answer the workspace opens a case to work the call on: the case the IVR found, or else a
 * new case for this interaction. The consumer the IVR found is not written into it: the agent
 * relates it from the card (§3.2), and it is first in the *Relates to* list.
 */
export async function openInteractionCase(interaction: AnsweredInteraction): Promise<void> {
  const pop = interaction.screenPop;
  if (pop?.crm === 'servicenow' && pop.object === 'sn_customerservice_case') {
    window.location.assign(recordUrl(pop.object, pop.id, interaction.id));
    return;
  }
  const response = await fetch('/api/now/table/sn_customerservice_case', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ short_description: `${interaction.channel === 'voice' ? 'Call' : 'Message'} from ${interaction.from}`, contact_type: interaction.channel === 'voice' ? 'phone' : interaction.channel }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(json?.error?.message ?? `HTTP ${response.status}`);
  window.location.assign(recordUrl('sn_customerservice_case', json.result.sys_id, interaction.id));
}
