import type { Config, CrmRecordRef } from '../../../shared';
import type { InteractionRecord } from '../data';
import type { CrmConnection } from './connections';
import { screenPopsFor } from './screenPop';

/** The records the IVR identified the customer by; an ambiguous caller is nobody yet (§7.2). */
const identifiedCustomer = (interaction: InteractionRecord): CrmRecordRef[] =>
  interaction.ivr?.outcome === 'identified' ? interaction.ivr.matches.map(({ crm, object, id }) => ({ crm, object, id })) : [];

/**
 * The interaction record in each connected CRM (a Task, an `interaction`), made once, with the
 * customer the IVR identified and the agent. A CRM that fails here does not stop the interaction;
 * the agent can still relate records once it is back.
 */
export async function createInteractionRecords(connections: CrmConnection[], interaction: InteractionRecord, agentUsername?: string): Promise<void> {
  if (interaction.interactionRecords.length > 0) return;
  const created = await Promise.all(
    connections.map(async ({ crm, interactionRecords }) => {
      if (!interactionRecords) return null;
      try {
        return await interactionRecords.create({
          channel: interaction.channel,
          from: interaction.from,
          subject: interaction.subject,
          startedAt: interaction.startedAt,
          customer: identifiedCustomer(interaction),
          agentUsername,
        });
      } catch (error) {
        console.error(`[contact-center] could not create the interaction record in ${crm}:`, (error as Error).message);
        return null;
      }
    }),
  );
  interaction.interactionRecords = created.filter((ref) => ref !== null);
}

/** On answer (§7.6): the interaction records are created, and the record the screen-pop rule chooses is opened (shared/screenPop). */
export async function onAnswer(config: Config, connections: CrmConnection[], interaction: InteractionRecord, agentUsername?: string): Promise<void> {
  await createInteractionRecords(connections, interaction, agentUsername);
  if (!config.features.screenPop.enabled) return;
  interaction.screenPops = await screenPopsFor(config, connections, interaction);
  interaction.screenPop = interaction.screenPops[0];
}
