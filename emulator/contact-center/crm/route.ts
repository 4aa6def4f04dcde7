import { buildInteractionContext, decideRouting, factsOf, queueName, routingSentences, sameRecord, skillName, type Config, type CrmRecord, type CrmRecordRef } from '../../../shared';
import type { InteractionRecord, RoutingResult } from '../data';
import type { CrmConnection } from './connections';

/** The identified record's fields: those the IVR lookup returned, else (after a restart) a read of the record. */
async function fieldsOf(identified: CrmRecordRef, known: CrmRecord | undefined, connections: CrmConnection[]): Promise<Record<string, unknown>> {
  if (known && sameRecord(known, identified) && known.fields) return known.fields;
  const connection = connections.find((c) => c.crm === identified.crm);
  try {
    return (await connection?.records.get(identified))?.fields ?? {};
  } catch (error) {
    console.error(`[contact-center] routing could not read ${identified.object} ${identified.id}:`, (error as Error).message);
    return {};
  }
}

const CASE_OBJECTS = new Set(['Case', 'sn_customerservice_case', 'incident', 'ticket']);

/**
 * The customer's name for the alert: the person among the matches (a case names its subject),
 * or for a caller only a data action knows, the name it gave.
 */
const customerNameOf = (interaction: InteractionRecord) => {
  if (interaction.ivr?.outcome !== 'identified') return undefined;
  const matches = interaction.ivr.matches;
  const fromAction = interaction.ivr.facts?.fullName;
  return (matches.find((m) => !CASE_OBJECTS.has(m.object)) ?? matches[0])?.name ?? (typeof fromAction === 'string' ? fromAction : undefined);
};

/**
 * Routing with CRM data (§7.3, §7.4): the identified record's fields choose the queue and
 * up to five skills; the record's reference and the fields the rules looked at travel with
 * the interaction as participant data, for the agent's alert. `known` is the record the IVR
 * found for this interaction, with the fields its lookup returned.
 */
export async function routeInteraction(
  config: Config,
  connections: CrmConnection[],
  interaction: InteractionRecord,
  known?: CrmRecord,
  queues: readonly { key: string; name: string }[] = [],
): Promise<{ routing: RoutingResult; facts: Record<string, unknown>; participantData: Record<string, unknown>; context: NonNullable<InteractionRecord['context']> }> {
  const identified = interaction.ivr?.outcome === 'identified' ? interaction.ivr.matches[0] : undefined;
  const fields = identified ? await fieldsOf(identified, known, connections) : {};
  // The CRM record's facts win over what a data action said of the same fact (issue 19).
  const facts = { ...interaction.ivr?.facts, ...(identified ? factsOf(config.facts, identified.crm, fields) : {}) };
  const decision = decideRouting(config.routing, fields, config, facts);
  const routing: RoutingResult =
    'refused' in decision
      ? { queue: config.routing.defaultQueue, skills: [], reasons: ['routing with CRM data is switched off'] }
      : {
          queue: decision.queue,
          skills: decision.skills.map((s) => s.name),
          reasons: [
            ...decision.reasons.map((r) => `${r.name}: ${[r.chose.queue && `queue ${r.chose.queue}`, r.chose.skills.length && `skills ${r.chose.skills.join(', ')}`].filter(Boolean).join('; ')}`),
            ...decision.droppedSkills.map((s) => `skill ${s.name} dropped: at most 5 skills`),
          ],
        };
  const ruleFields = new Set(config.routing.rules.flatMap((rule) => rule.when.map((c) => c.field ?? c.fact)));
  // What the rules looked at travels for the agent's alert: facts by name, fields written on one CRM by theirs.
  const looked = { ...fields, ...facts };
  const ruleValues = Object.fromEntries(Object.entries(looked).filter(([name, value]) => ruleFields.has(name) && value !== null && value !== undefined));
  const participantData: Record<string, unknown> = {
    ivrOutcome: interaction.ivr?.outcome ?? 'not-identified',
    ...(interaction.channel === 'voice' ? { greeting: interaction.ivr?.greeting } : {}),
    ...(identified ? { crmRecord: identified } : {}),
    ...(interaction.ivr?.outcome === 'ambiguous' ? { candidates: interaction.ivr.matches } : {}),
    ...ruleValues,
  };
  const context = buildInteractionContext({
    customerName: customerNameOf(interaction),
    facts,
    labels: Object.fromEntries(Object.entries(config.facts).map(([name, source]) => [name, source.label])),
    display: config.display,
    queue: routing.queue,
    skills: routing.skills,
    queues,
    reasons: routingSentences(decision, (key) => queueName(queues, key), skillName),
  });
  return { routing, facts, participantData, context };
}
