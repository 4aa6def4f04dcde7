import { AsyncLocalStorage } from 'node:async_hooks';
import type { Config, Crm } from '../../../shared';
import { crmConnections, type CrmConnection } from '../crm/connections';
import { lookupFieldsOf } from '../crm/lookupFields';
import { recordingFetch, type RecordedRequest } from './recordingFetch';

/** One Test lookup in progress: the configuration it tests and where each CRM's requests are noted. */
interface TestRun {
  config: Config;
  requests: Map<Crm, RecordedRequest[]>;
}

const running = new AsyncLocalStorage<TestRun>();

/** A fetch that notes each request in the Test lookup it runs for, under the CRM that made it. */
const fetchOf = (crm: Crm): typeof fetch => (input, init) => {
  const run = running.getStore();
  if (!run) return fetch(input, init);
  let sink = run.requests.get(crm);
  if (!sink) run.requests.set(crm, (sink = []));
  return recordingFetch(sink)(input, init);
};

/** How many sets of connections are kept: the published configuration's and a draft's, with room for a change. */
const KEPT = 4;

/**
 * The connections Test lookup runs on. Like the calls' own, they keep their CRM sessions between
 * tests (signing in on every test would time the sign-in, not the lookup) and are rebuilt when
 * the connections change; each test still sees the requests it made, told by CRM.
 */
export function testLookupSessions(selfUrl: () => string) {
  const kept = new Map<string, CrmConnection[]>();
  const connectionsFor = (config: Config): CrmConnection[] => {
    const key = JSON.stringify([config.connections, selfUrl()]);
    let connections = kept.get(key);
    if (!connections) {
      // The fields asked of each object follow the configuration under test, a draft's included.
      const lookupFields = (crm: Crm, object: string) => lookupFieldsOf(running.getStore()?.config ?? config, crm, object);
      connections = crmConnections(config, { selfUrl: selfUrl(), fetch: fetchOf, lookupFields });
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      kept.set(key, connections);
    }
    return connections;
  };
  return {
    /** Runs `test` on the connections for `config`; it gets them and, once done, each CRM's requests. */
    async run<T>(config: Config, test: (connections: CrmConnection[]) => Promise<T>): Promise<{ result: T; requestsOf: (crm: Crm) => RecordedRequest[] }> {
      const run: TestRun = { config, requests: new Map() };
      const result = await running.run(run, () => test(connectionsFor(config)));
      return { result, requestsOf: (crm) => run.requests.get(crm) ?? [] };
    },
  };
}

export type TestLookupSessions = ReturnType<typeof testLookupSessions>;
