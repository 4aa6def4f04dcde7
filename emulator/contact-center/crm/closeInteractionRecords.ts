import type { CrmRecordRef } from '../../../shared';
import type { InteractionRecord } from '../data';
import { createInteractionRecords } from './answer';
import type { CrmConnection } from './connections';

const seconds = (from?: string, to?: string) => (from && to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000) : undefined);

/** Answered: a call when the agent picked it up, a digital interaction when it was first assigned. */
const answeredAt = (interaction: InteractionRecord) => interaction.answeredAt ?? interaction.history.find((h) => h.event === 'assign')?.at;

/**
 * When an interaction closes (§2.3) its interaction record in each CRM closes with it: complete
 * with the talk time and the agent's wrap-up, or abandoned when nobody answered (the record is
 * made then, so the CRM still knows of the missed contact). The case opened on answer is listed
 * with it, and so is every record the agent linked (`linked`). A CRM that fails here leaves its
 * record open; the interaction is closed all the same.
 */
export async function closeInteractionRecords(connections: CrmConnection[], interaction: InteractionRecord, linked: CrmRecordRef[] = []): Promise<void> {
  const answered = answeredAt(interaction);
  const abandoned = !answered;
  if (abandoned) await createInteractionRecords(connections, interaction);
  const end = interaction.endedAt ?? interaction.closedAt;
  await Promise.all(
    interaction.interactionRecords.map(async (record) => {
      const connection = connections.find((c) => c.crm === record.crm);
      if (!connection?.interactionRecords) return;
      try {
        await connection.interactionRecords.complete(record, {
          abandoned,
          closedAt: interaction.closedAt,
          durationSeconds: seconds(answered ?? interaction.startedAt, end),
          disposition: interaction.wrapUp?.dispositionLabel ?? interaction.wrapUp?.disposition,
          notes: interaction.wrapUp?.notes,
          relatedRecords: [...(interaction.screenPops ?? []).filter((pop) => pop.opens === 'case'), ...linked]
            .filter((related) => related.crm === record.crm)
            .map(({ crm, object, id }) => ({ crm, object, id })),
        });
      } catch (error) {
        console.error(`[contact-center] could not close the interaction record in ${record.crm}:`, (error as Error).message);
      }
    }),
  );
}
