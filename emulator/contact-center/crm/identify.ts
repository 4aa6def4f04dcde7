import { greetingLanguage, greetingName, greetingText, ivrOutcome, planLookup, type Config, type CrmRecord, type Identifier } from '../../../shared';
import type { IvrResult } from '../data';
import type { CrmConnection } from './connections';

export type LookupKind = Identifier;

/** What the caller gave, searched in one CRM the way its lookup plan says (§7.1). */
async function lookup(connection: CrmConnection, kind: LookupKind, value: string): Promise<CrmRecord[]> {
  switch (kind) {
    case 'ani':
      return connection.records.searchByPhone(value);
    case 'email':
      return connection.records.searchByEmail(value);
    default:
      return connection.records.searchByIdentifier(kind, value);
  }
}

const LANGUAGE_FIELDS = ['Preferred_Language__c', 'preferred_language', 'u_preferred_language', 'language'];

/** A case points at the person it belongs to; a caller identified by case number is that person. */
const CASE_OWNERS: Record<string, [field: string, object: string][]> = {
  Case: [['ContactId', 'Contact']],
  sn_customerservice_case: [['consumer', 'csm_consumer'], ['contact', 'customer_contact']],
};

const referenceId = (value: unknown) => (value && typeof value === 'object' ? (value as { value?: unknown }).value : value);

/** The whole record of who is calling (search results carry few fields): the person, or the owner of their case. */
async function callerOf(connections: CrmConnection[], found: CrmRecord): Promise<CrmRecord | null> {
  const records = connections.find((c) => c.crm === found.crm)?.records;
  try {
    const whole = await records?.get(found);
    for (const [field, object] of CASE_OWNERS[found.object] ?? []) {
      const id = referenceId(whole?.fields?.[field]);
      if (typeof id === 'string' && id) return (await records?.get({ crm: found.crm, object, id })) ?? whole ?? null;
    }
    return whole ?? null;
  } catch {
    return null;
  }
}

/**
 * The IVR's data action across the connected CRMs. Each CRM decides its own outcome (one
 * person with their records is identified); the same caller found in two CRMs is still one
 * caller, but any ambiguity is kept for the agent, never guessed (§7.2).
 */
export async function identify(
  config: Config,
  connections: CrmConnection[],
  kind: LookupKind,
  value: string,
  attempts: IvrResult['attempts'],
  at: string,
): Promise<IvrResult> {
  const perCrm = await Promise.all(
    connections.map(async (connection) => {
      const step = planLookup(config, connection.crm, kind);
      if (!step || 'refused' in step) return { connection, matches: [] as CrmRecord[] };
      try {
        return { connection, matches: await lookup(connection, kind, value) };
      } catch (error) {
        // A CRM that is down must not keep the caller waiting: the IVR goes on without it.
        console.error(`[contact-center] IVR lookup in ${connection.crm} failed:`, (error as Error).message);
        return { connection, matches: [] as CrmRecord[] };
      }
    }),
  );
  const outcomes = perCrm.map((r) => ivrOutcome(r.matches));
  const matches = perCrm.flatMap((r) => r.matches);
  const ambiguous = outcomes.some((o) => o.outcome === 'ambiguous');
  const identified = outcomes.find((o) => o.outcome === 'identified');
  const outcome = ambiguous ? 'ambiguous' : identified ? 'identified' : 'not-identified';
  const person = !ambiguous && identified?.outcome === 'identified' ? identified.record : undefined;
  const caller = person && (await callerOf(connections, person));
  const language = LANGUAGE_FIELDS.map((f) => caller?.fields?.[f]).find((v) => typeof v === 'string' && v) as string | undefined;
  return {
    outcome,
    matches: (person ? [person, ...matches.filter((m) => m !== person)] : matches).map(({ crm, object, id, name }) => ({ crm, object, id, name })),
    greeting: greetingText({ name: person ? greetingName(caller ?? person) : undefined, language, company: config.ivr.company, fallbackLanguage: greetingLanguage(config.ivr.defaultLanguage) }),
    attempts: [...attempts, { kind, value, at }],
  };
}
