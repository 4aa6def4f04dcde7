import { decideScreenPop, screenPopTargetFor, type Config, type CrmRecordRef, type ScreenPopFacts, type ScreenPopTarget } from '../../../shared';
import type { InteractionRecord } from '../data';
import { recordPageUrl, type CrmConnection } from './connections';

type Pop = NonNullable<InteractionRecord['screenPop']>;

const CASE_OBJECTS = new Set(['Case', 'sn_customerservice_case', 'incident', 'ticket']);

/** What one CRM knows of the caller: the IVR's matches there, and their open cases when the target needs them. */
async function factsIn(connection: CrmConnection, interaction: InteractionRecord, target: ScreenPopTarget): Promise<ScreenPopFacts> {
  const ivr = interaction.ivr;
  const candidates: CrmRecordRef[] = (ivr?.matches ?? []).filter((m) => m.crm === connection.crm).map(({ crm, object, id }) => ({ crm, object, id }));
  const outcome = ivr?.outcome ?? 'not-identified';
  // The person comes first in each CRM's matches; a case the caller named follows.
  const customer = outcome === 'identified' ? candidates.find((m) => !CASE_OBJECTS.has(m.object)) : undefined;
  const namedCase = outcome === 'identified' ? candidates.find((m) => CASE_OBJECTS.has(m.object)) : undefined;
  let openCases: ScreenPopFacts['openCases'] = [];
  if (customer && !namedCase && target !== 'interaction-record' && connection.cases) {
    try {
      openCases = await connection.cases.openCasesOf(customer);
    } catch (error) {
      // A CRM that fails here still pops the caller's own record.
      console.error(`[contact-center] could not read open cases in ${connection.crm}:`, (error as Error).message);
    }
  }
  return { outcome, customer, namedCase, openCases, candidates };
}

/**
 * The record each CRM's page opens on answer, by the rule of shared/screenPop. An ambiguous or
 * unknown caller opens no record here: the agent's page shows the candidates or the interaction record.
 */
export async function screenPopsFor(config: Config, connections: CrmConnection[], interaction: InteractionRecord): Promise<Pop[]> {
  const target = screenPopTargetFor(config.screenPop, interaction.channel);
  const pops = await Promise.all(
    connections.map(async (connection): Promise<Pop | null> => {
      const decision = decideScreenPop(await factsIn(connection, interaction, target), target);
      if (decision.open === 'case' || decision.open === 'customer') {
        const { crm, object, id } = decision.record;
        const offer = decision.open === 'customer' ? { offerNewCase: decision.offerNewCase } : {};
        return { crm, object, id, url: recordPageUrl(connection, object, id), opens: decision.open, ...offer };
      }
      return null;
    }),
  );
  return pops.filter((pop): pop is Pop => pop !== null);
}
