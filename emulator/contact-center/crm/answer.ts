import type { Config } from '../../../shared';
import type { InteractionRecord } from '../data';
import { recordPageUrl, type CrmConnection } from './connections';

/**
 * On answer (§7.6): the interaction record is created in each connected CRM (a Task, an
 * `interaction`), and the record found by the IVR is screen-popped. A CRM that fails here
 * does not stop the call; the agent can still relate records once it is back.
 */
export async function onAnswer(config: Config, connections: CrmConnection[], interaction: InteractionRecord): Promise<void> {
  if (interaction.interactionRecords.length === 0) {
    const created = await Promise.all(
      connections.map(async (connection) => {
        try {
          return await connection.interactionRecords.create({
            channel: interaction.channel,
            from: interaction.from,
            subject: interaction.subject,
            startedAt: interaction.startedAt,
          });
        } catch (error) {
          console.error(`[contact-center] could not create the interaction record in ${connection.crm}:`, (error as Error).message);
          return null;
        }
      }),
    );
    interaction.interactionRecords = created.filter((ref) => ref !== null);
  }
  if (!config.features.screenPop.enabled) return;
  const identified = interaction.ivr?.outcome === 'identified' ? interaction.ivr.matches : [];
  // The person comes first in each CRM's matches; their case or account follows.
  const firstPerCrm = identified.filter((match, i) => identified.findIndex((m) => m.crm === match.crm) === i);
  interaction.screenPops = firstPerCrm.flatMap((match) => {
    const connection = connections.find((c) => c.crm === match.crm);
    return connection ? [{ crm: match.crm, object: match.object, id: match.id, url: recordPageUrl(connection, match.object, match.id) }] : [];
  });
  interaction.screenPop = interaction.screenPops[0];
}
