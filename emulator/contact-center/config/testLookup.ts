import type { Config, Crm, Identifier } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { crmConnections, type CrmConnection } from '../crm/connections';
import { identify, type CrmSearchTrace } from '../crm/identify';
import { lookupFieldsOf } from '../crm/lookupFields';
import { routeInteraction } from '../crm/route';
import { recordingFetch, type RecordedRequest } from './recordingFetch';
import type { TestLookupSessions } from './testSessions';

/** What an admin typed into Test lookup: an address, a case number, a phone number or else an account number. */
export function guessIdentifier(value: string): Identifier {
  const v = value.trim();
  if (v.includes('@')) return 'email';
  if (/^(cs|case|#)\s*-?\d/i.test(v)) return 'case-number';
  if (/^\+/.test(v) || v.replace(/\D/g, '').length >= 7 && /^[\d\s().+-]+(x\d+)?$/i.test(v)) return 'ani';
  return 'account-number';
}

/** Each CRM's connection with its own recorder, so every request is told with the CRM that made it. */
export function recordedConnections(config: Config, selfUrl: string): { connection: CrmConnection; requests: RecordedRequest[] }[] {
  const lookupFields = (crm: Crm, object: string) => lookupFieldsOf(config, crm, object);
  const requests = new Map<Crm, RecordedRequest[]>();
  const recorderOf = (crm: Crm) => {
    const sink: RecordedRequest[] = [];
    requests.set(crm, sink);
    return recordingFetch(sink);
  };
  return crmConnections(config, { selfUrl, fetch: recorderOf, lookupFields }).map((connection) => ({ connection, requests: requests.get(connection.crm) ?? [] }));
}

/**
 * Test lookup (Genesys' data action test): the IVR's lookup and the routing exactly as a call
 * runs them with `config` (the draft or the published one), with what each CRM was asked.
 */
export async function testLookup(ctx: CcContext, sessions: TestLookupSessions, config: Config, value: string, kind: Identifier, origin: string) {
  const trace: CrmSearchTrace[] = [];
  const { result: tested, requestsOf } = await sessions.run(config, async (connections) => {
    // The lookup plan's data action steps run too, as on a call: their facts can change the greeting and the decision.
    const { result, identified } = await identify(config, connections, kind, value, [], ctx.now().toISOString(), trace, { origin });
    const { routing, facts } = await routeInteraction(config, connections, { ivr: result } as InteractionRecord, identified);
    return { crms: connections.map((c) => c.crm), result, identified, routing, facts };
  });
  const { result, identified, routing, facts } = tested;
  return {
    kind,
    crms: tested.crms.map((crm) => {
      const searched = trace.find((t) => t.crm === crm);
      return {
        crm,
        ms: searched?.ms ?? 0,
        requests: requestsOf(crm),
        matches: (searched?.matches ?? []).map(({ crm, object, id, name }) => ({ crm, object, id, name })),
        ...(searched?.skipped ? { skipped: searched.skipped } : {}),
      };
    }),
    outcome: result.outcome,
    greeting: result.greeting ?? '',
    ...(identified ? { identified: { crm: identified.crm, object: identified.object, id: identified.id, name: identified.name } } : {}),
    // The facts the decision weighed, as routing gathered them.
    facts,
    ...(result.actions ? { actions: result.actions } : {}),
    routing: { queue: routing.queue, skills: routing.skills, reasons: routing.reasons },
  };
}

/** Test connection: sign in and read one record, with the requests it took. */
export async function testConnection(config: Config, selfUrl: string, crm: Crm) {
  const found = recordedConnections(config, selfUrl).find((r) => r.connection.crm === crm);
  if (!found) return { crm, ok: false, ms: 0, requests: [], error: `${crm} is not connected` };
  const started = performance.now();
  try {
    const record = await found.connection.probe.readOne();
    const ms = Math.round(performance.now() - started);
    return { crm, ok: true, ms, requests: found.requests, ...(record ? { record } : {}) };
  } catch (error) {
    return { crm, ok: false, ms: Math.round(performance.now() - started), requests: found.requests, error: (error as Error).message };
  }
}
