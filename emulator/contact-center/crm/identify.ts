import { factsOf, factValue, greetingLanguage, greetingName, greetingText, holdsExactEmail, ivrOutcome, planLookup, type Config, type CrmRecord, type FactScalar, type Identifier } from '../../../shared';
import { runActionSteps, type ActionStepOptions } from './actionSteps';
import type { IvrResult } from '../data';
import type { RecordsPort } from '../../../shared';
import { recordCrmSearch } from '../ops/crmHealth';
import type { CrmConnection } from './connections';

export type LookupKind = Identifier;

/** A CRM left out of this answer: it failed, or did not answer within the IVR's time budget. */
export interface Skipped {
  crm: CrmConnection['crm'];
  reason: string;
}

/** How one CRM's search went, for the admin's Test lookup: its time and what it found or why it was skipped. */
export interface CrmSearchTrace {
  crm: CrmConnection['crm'];
  ms: number;
  matches?: CrmRecord[];
  skipped?: string;
}

/** The search of one CRM, or why it was skipped; never longer than `budgetMs`. */
async function withinBudget(connection: CrmConnection, search: () => Promise<CrmRecord[]>, budgetMs: number, trace?: CrmSearchTrace[]): Promise<CrmRecord[] | Skipped> {
  const started = performance.now();
  const answer = await raceBudget(connection, search, budgetMs);
  const ms = performance.now() - started;
  trace?.push({ crm: connection.crm, ms: Math.round(ms), ...(Array.isArray(answer) ? { matches: answer } : { skipped: answer.reason }) });
  recordCrmSearch(connection.crm, ms / 1000, Array.isArray(answer) ? undefined : answer.reason, new Date());
  return answer;
}

async function raceBudget(connection: CrmConnection, search: () => Promise<CrmRecord[]>, budgetMs: number): Promise<CrmRecord[] | Skipped> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Skipped>((resolve) => {
    timer = setTimeout(() => resolve({ crm: connection.crm, reason: `no answer within ${budgetMs} ms` }), budgetMs);
  });
  const answer = search().catch((error: unknown): Skipped => ({ crm: connection.crm, reason: (error as Error).message || 'failed' }));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A case points at the person it belongs to; a caller identified by case number is that person. */
const CASE_OWNERS: Record<string, [field: string, object: string][]> = {
  Case: [['ContactId', 'Contact']],
  sn_customerservice_case: [['consumer', 'csm_consumer'], ['contact', 'customer_contact']],
  incident: [['_customerid_value', 'contact']],
  ticket: [['requester_id', 'user']],
};

/**
 * An account is a company, never greeted by its name ("Hello Acme"): the caller is its primary
 * contact, the one its primary-contact field names where the CRM has one (ServiceNow CSM's
 * `primary_contact`), else its first contact.
 */
const ACCOUNT_PEOPLE: Record<string, { primaryField?: string; object: string; field: string }> = {
  Account: { object: 'Contact', field: 'AccountId' },
  customer_account: { primaryField: 'primary_contact', object: 'customer_contact', field: 'account' },
  account: { primaryField: '_primarycontactid_value', object: 'contact', field: 'parentcustomerid' },
  organization: { object: 'user', field: 'organization_id' },
};

const referenceId = (value: unknown) => (value && typeof value === 'object' ? (value as { value?: unknown }).value : value);

/** The person a case or an account stands for, read from its CRM; undefined when it has none. */
async function personBehind(records: RecordsPort, found: CrmRecord): Promise<CrmRecord | undefined> {
  for (const [field, object] of CASE_OWNERS[found.object] ?? []) {
    // Zendesk ids are numbers.
    const id = referenceId(found.fields?.[field]);
    if ((typeof id === 'string' || typeof id === 'number') && id !== '') return (await records.get({ crm: found.crm, object, id: String(id) })) ?? undefined;
  }
  const people = ACCOUNT_PEOPLE[found.object];
  if (!people) return undefined;
  const primary = people.primaryField ? referenceId(found.fields?.[people.primaryField]) : undefined;
  if (typeof primary === 'string' && primary) return (await records.get({ crm: found.crm, object: people.object, id: primary })) ?? undefined;
  const [list] = await records.relatedRecords(found, [{ object: people.object, field: people.field, limit: 1 }]);
  const first = list?.records[0];
  return first ? ((await records.get(first)) ?? first) : undefined;
}

/**
 * Who is calling, to greet them: a person found by the lookup already carries the fields the
 * greeting needs (the lookup returned them); a case or an account found by its number sends us
 * to the person behind it, which takes a read or two. Undefined when there is no person to name.
 */
async function callerOf(connections: CrmConnection[], found: CrmRecord): Promise<CrmRecord | undefined> {
  if (!CASE_OWNERS[found.object] && !ACCOUNT_PEOPLE[found.object]) return found;
  const records = connections.find((c) => c.crm === found.crm)?.records;
  if (!records) return undefined;
  try {
    return await personBehind(records, found);
  } catch {
    return undefined;
  }
}

/** The IVR's answer, and the identified record with its fields for the routing of the same interaction. */
export interface Identification {
  result: IvrResult;
  identified?: CrmRecord;
}

/** The CRMs' part of one identification: each CRM's matches, and the CRMs left out. */
async function searchCrms(config: Config, connections: CrmConnection[], kind: LookupKind, value: string, trace?: CrmSearchTrace[]) {
  const answers = await Promise.all(
    connections.map(async (connection) => {
      const step = planLookup(config, connection.crm, kind);
      if (!step || 'refused' in step) return [] as CrmRecord[];
      // A CRM that is slow or down must not keep the caller waiting: the IVR goes on without it and says so.
      // An address is an identity point only as it is: a wildcard in it matches nothing (issue 23).
      const search = async () => (await connection.records.lookup(step, value)).filter((record) => kind !== 'email' || holdsExactEmail(record, value));
      return withinBudget(connection, search, config.ivr.budgetMs, trace);
    }),
  );
  const skipped = answers.filter((a): a is Skipped => !Array.isArray(a));
  for (const s of skipped) console.error(`[contact-center] IVR lookup in ${s.crm} skipped: ${s.reason}`);
  const perCrm = answers.filter((a): a is CrmRecord[] => Array.isArray(a));
  const outcomes = perCrm.map((matches) => ivrOutcome(matches));
  const ambiguous = outcomes.some((o) => o.outcome === 'ambiguous');
  const identified = outcomes.find((o) => o.outcome === 'identified');
  const person = !ambiguous && identified?.outcome === 'identified' ? identified.record : undefined;
  return { matches: perCrm.flat(), skipped, ambiguous, person };
}

/**
 * The IVR's data action across the connected CRMs, searched in parallel, and the lookup plan's
 * generic data action steps beside them. Each CRM decides its own outcome (one person with their
 * records is identified); the same caller found in two CRMs is still one caller, but any
 * ambiguity is kept for the agent, never guessed (§7.2). A data action adds facts to an
 * identified caller, and one that identifies names a caller no CRM knows.
 */
export async function identify(
  config: Config,
  connections: CrmConnection[],
  kind: LookupKind,
  value: string,
  attempts: IvrResult['attempts'],
  at: string,
  trace?: CrmSearchTrace[],
  actions?: ActionStepOptions,
): Promise<Identification> {
  const startedAt = performance.now();
  const crms = searchCrms(config, connections, kind, value, trace);
  const crmFacts = crms.then(({ person }) => (person ? factsOf(config.facts, person.crm, person.fields ?? {}) : {}));
  const ani = kind === 'ani' ? value : attempts.find((a) => a.kind === 'ani')?.value;
  const steps = actions ? runActionSteps(config, { kind, entered: value, ani, startedAt }, crmFacts, actions) : Promise.resolve(undefined);
  const [{ matches, skipped, ambiguous, person }, stepped] = await Promise.all([crms, steps]);
  const byAction = !ambiguous && !person ? stepped?.identifying : undefined;
  const outcome = ambiguous ? 'ambiguous' : person || byAction ? 'identified' : 'not-identified';
  const caller = person && (await callerOf(connections, person));
  // Facts belong to a customer: an ambiguous or unknown caller gets none from the actions.
  const facts = outcome === 'identified' && stepped && Object.keys(stepped.facts).length > 0 ? stepped.facts : undefined;
  const result: IvrResult = {
    outcome,
    matches: (person ? [person, ...matches.filter((m) => m !== person)] : matches).map(({ crm, object, id, name }) => ({ crm, object, id, name })),
    greeting: greetingOf(config, caller, facts),
    attempts: [...attempts, { kind, value, at }],
    ...(skipped.length ? { skipped } : {}),
    ...(facts ? { facts } : {}),
    ...(stepped && stepped.runs.length > 0 ? { actions: stepped.runs } : {}),
  };
  return { result, identified: person };
}

/**
 * §7.2: the greeting speaks the facts the admin chose (name, language), whatever CRM the caller
 * is in; a fact the CRM record lacks may come from a data action (`actionFacts`).
 */
export function greetingOf(config: Config, caller: CrmRecord | undefined, actionFacts: Readonly<Record<string, FactScalar>> = {}): string {
  const fact = (name: string) => {
    const value = (caller && factValue(config.facts, caller.crm, caller.fields ?? {}, name)) ?? (Object.hasOwn(actionFacts, name) ? actionFacts[name] : undefined);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const { nameFact, languageFact } = config.ivr.greeting;
  return greetingText({
    name: caller ? (fact(nameFact) ?? greetingName(caller)) : fact(nameFact),
    language: fact(languageFact),
    company: config.ivr.company,
    fallbackLanguage: greetingLanguage(config.ivr.defaultLanguage),
  });
}
