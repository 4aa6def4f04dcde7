import type { Config } from '../../../shared';
import type { InteractionRecord } from '../data';
import type { CrmConnection } from './connections';
import { screenPopsFor } from './screenPop';

/**
 * On answer (§7.6): the interaction record is created in each connected CRM (a Task, an
 * `interaction`), and the record the screen-pop rule chooses is opened (shared/screenPop). A CRM that fails here
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
  interaction.screenPops = await screenPopsFor(config, connections, interaction);
  interaction.screenPop = interaction.screenPops[0];
}
