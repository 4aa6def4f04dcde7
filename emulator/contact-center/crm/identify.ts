import { greetingLanguage, greetingName, greetingText, holdsExactEmail, ivrOutcome, planLookup, type Config, type CrmRecord, type Identifier } from '../../../shared';
import type { IvrResult } from '../data';
import type { CrmConnection } from './connections';
import { LANGUAGE_FIELDS } from './lookupFields';

export type LookupKind = Identifier;

/** What the caller gave, searched in one CRM the way its lookup plan says (§7.1). */
async function lookup(connection: CrmConnection, kind: LookupKind, value: string): Promise<CrmRecord[]> {
  switch (kind) {
    case 'ani':
      return connection.records.searchByPhone(value);
    case 'email':
      return (await connection.records.searchByEmail(value)).filter((record) => holdsExactEmail(record, value));
    default:
      return connection.records.searchByIdentifier(kind, value);
  }
}

/** A case points at the person it belongs to; a caller identified by case number is that person. */
const CASE_OWNERS: Record<string, [field: string, object: string][]> = {
  Case: [['ContactId', 'Contact']],
  sn_customerservice_case: [['consumer', 'csm_consumer'], ['contact', 'customer_contact']],
};

const referenceId = (value: unknown) => (value && typeof value === 'object' ? (value as { value?: unknown }).value : value);

/**
 * Who is calling. A person found by the lookup already carries the fields the greeting needs
 * (the lookup returned them); only a case found by its number sends us to the person it
 * belongs to, which takes one read.
 */
async function callerOf(connections: CrmConnection[], found: CrmRecord): Promise<CrmRecord> {
  const records = connections.find((c) => c.crm === found.crm)?.records;
  for (const [field, object] of CASE_OWNERS[found.object] ?? []) {
    const id = referenceId(found.fields?.[field]);
    if (typeof id !== 'string' || !id || !records) continue;
    try {
      return (await records.get({ crm: found.crm, object, id })) ?? found;
    } catch {
      return found;
    }
  }
  return found;
}

/** The IVR's answer, and the identified record with its fields for the routing of the same interaction. */
export interface Identification {
  result: IvrResult;
  identified?: CrmRecord;
}

/**
 * The IVR's data action across the connected CRMs, searched in parallel. Each CRM decides its
 * own outcome (one person with their records is identified); the same caller found in two CRMs
 * is still one caller, but any ambiguity is kept for the agent, never guessed (§7.2).
 */
export async function identify(
  config: Config,
  connections: CrmConnection[],
  kind: LookupKind,
  value: string,
  attempts: IvrResult['attempts'],
  at: string,
): Promise<Identification> {
  const perCrm = await Promise.all(
    connections.map(async (connection) => {
      const step = planLookup(config, connection.crm, kind);
      if (!step || 'refused' in step) return [] as CrmRecord[];
      try {
        return await lookup(connection, kind, value);
      } catch (error) {
        // A CRM that is down must not keep the caller waiting: the IVR goes on without it.
        console.error(`[contact-center] IVR lookup in ${connection.crm} failed:`, (error as Error).message);
        return [] as CrmRecord[];
      }
    }),
  );
  const outcomes = perCrm.map((matches) => ivrOutcome(matches));
  const matches = perCrm.flat();
  const ambiguous = outcomes.some((o) => o.outcome === 'ambiguous');
  const identified = outcomes.find((o) => o.outcome === 'identified');
  const outcome = ambiguous ? 'ambiguous' : identified ? 'identified' : 'not-identified';
  const person = !ambiguous && identified?.outcome === 'identified' ? identified.record : undefined;
  const caller = person && (await callerOf(connections, person));
  const language = LANGUAGE_FIELDS.map((f) => caller?.fields?.[f]).find((v) => typeof v === 'string' && v) as string | undefined;
  const result: IvrResult = {
    outcome,
    matches: (person ? [person, ...matches.filter((m) => m !== person)] : matches).map(({ crm, object, id, name }) => ({ crm, object, id, name })),
    greeting: greetingText({ name: caller ? greetingName(caller) : undefined, language, company: config.ivr.company, fallbackLanguage: greetingLanguage(config.ivr.defaultLanguage) }),
    attempts: [...attempts, { kind, value, at }],
  };
  return { result, identified: person };
}
