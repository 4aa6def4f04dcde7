import { AGENT, CLIENT } from '../salesforce/connect';
import { CC_ADMIN, signInCc, type SignedInClient as CcClient } from '../support/cc';
import { spawnEmulator } from '../support/emulator';
import { startFaultyProxy } from '../support/faultyProxy';
import { emptyChainMs } from './emptyChain';
import { digitsOf, seedSalesforceContacts, seedServiceNowConsumers, startOver, storyStore } from './ccEmulator';
import { percentile, type Benchmark, type Figure } from './figure';
import { processCpuMs } from './processCpu';
import { twoCrmPlan } from './twoCrmPlan';

/** Contacts in each CRM; `ADMIN_BENCH_CONTACTS=10000 npm run bench -- adminLookup` checks the bench quickly. */
const CONTACTS = Number(process.env.ADMIN_BENCH_CONTACTS ?? 1_000_000);
const TIMED = 200;
const SLOW_CALLS = 6;
const SLOW_MS = 2000;
const P99_GOAL_MS = 10;
/** Requests through the empty chain: its p99 is the machine's, so it gets more samples than the lookups. */
const EMPTY_CHAIN_REQUESTS = 1000;

/** Callers alternate between the CRMs: even ones are Salesforce Contacts, odd ones ServiceNow consumers. */
const callerOf = (n: number) => {
  const i = (n * 7919) % CONTACTS;
  return { ani: `+1${digitsOf(i, n % 2 === 0 ? 628 : 629)}`, crm: n % 2 === 0 ? 'salesforce' : 'servicenow' };
};

async function testLookup(admin: CcClient, n: number): Promise<number> {
  const caller = callerOf(n);
  const start = performance.now();
  const res = await admin.send('testLookup', { body: { value: caller.ani, kind: 'ani' } });
  const ms = performance.now() - start;
  if (res.status !== 200 || res.body.outcome !== 'identified' || res.body.identified?.crm !== caller.crm) {
    throw new Error(`Test lookup of ${caller.ani} did not find the ${caller.crm} caller: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return ms;
}

async function call(agent: CcClient, n: number): Promise<{ ms: number; skipped: string[] }> {
  const caller = callerOf(n);
  const start = performance.now();
  const res = await agent.send('placeCall', { body: { ani: caller.ani, dnis: '+18005550100' } });
  const ms = performance.now() - start;
  const ivr = res.status === 201 ? res.body.interaction.ivr : undefined;
  if (res.status !== 201 || ivr?.outcome !== 'identified' || !res.body.interaction.routing) {
    throw new Error(`call from ${caller.ani} was not identified and routed: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return { ms, skipped: (ivr.skipped ?? []).map((s) => s.crm) };
}

const timed = async (runs: number, fn: (n: number) => Promise<number>) => {
  const samples: number[] = [];
  for (let n = 0; n < runs; n++) samples.push(await fn(n));
  return samples;
};

/** Test lookups then calls, timed after untimed first runs (sign-in, the CRMs' indexes); each process's CPU time is read around the lookups. */
async function measure<K extends string>(url: string, cpuMs: Record<K, () => number>) {
  const admin = await signInCc(url, CC_ADMIN.username, CC_ADMIN.password);
  const agent = await signInCc(url);
  // A million records' indexes may take longer to build than the IVR's budget (more so on a busy machine): warm up until both CRMs answer in time.
  for (let n = 0, found = 0; found < 10; n++) {
    if (n > 200) throw new Error('the CRMs did not answer a Test lookup in time after 200 tries');
    const caller = callerOf(TIMED + n);
    const res = await admin.send('testLookup', { body: { value: caller.ani, kind: 'ani' } });
    found = res.status === 200 && res.body.identified?.crm === caller.crm ? found + 1 : 0;
  }
  for (let n = 0; n < 10; n++) await call(agent, TIMED + n);
  const names = Object.keys(cpuMs) as K[];
  const before = names.map((name) => cpuMs[name]());
  const lookups = await timed(TIMED, (n) => testLookup(admin, n));
  const cpuPerLookup = Object.fromEntries(names.map((name, i) => [name, (cpuMs[name]() - before[i]) / TIMED])) as Record<K, number>;
  const calls = await timed(TIMED, async (n) => (await call(agent, TIMED * 2 + n)).ms);
  return { admin, agent, lookups, cpuPerLookup, calls };
}

/** Issue 18's two CRMs, reached at `crmUrl` with the emulations' seeded credentials. */
const connectionsAt = (crmUrl: string, servicenowUrl = crmUrl) => ({
  salesforce: { instanceUrl: crmUrl, apiVersion: '62.0', auth: { kind: 'password' as const, username: AGENT.username, password: AGENT.password, ...CLIENT } },
  servicenow: { instanceUrl: servicenowUrl, user: 'admin', password: 'emulator' },
});

/** The admin saves issue 18's plan (two CRMs, no data action) through the admin API, as in the console. */
async function connect(admin: CcClient, connections: ReturnType<typeof connectionsAt>) {
  const { config } = await admin.call('getConfig');
  const saved = await admin.send('putConfig', { body: twoCrmPlan(config, connections) });
  if (saved.status !== 200) throw new Error(`could not save the two-CRM plan: ${JSON.stringify(saved.body)}`);
  return config.ivr.budgetMs;
}

/** The old topology, kept for comparison: service, emulated CRMs and this client in one process. */
async function singleProcess() {
  const store = await storyStore();
  seedSalesforceContacts(store, CONTACTS);
  seedServiceNowConsumers(store, CONTACTS);
  const emulator = await startOver(store);
  try {
    const all = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    return await measure(emulator.url, { all });
  } finally {
    await emulator.close();
  }
}

/**
 * Issue 18: the admin's *Test lookup* and a real call through HTTP over a million contacts in
 * each of Salesforce and ServiceNow, with the plan the issue describes (those two CRMs searched,
 * no data action; the demo's own plan searches four CRMs and runs two data actions), then the same calls with ServiceNow answering 2 s late
 * behind a proxy: the IVR skips it when its time budget runs out and the call is routed anyway.
 * As deployed: the contact-center service in one process, the emulated CRMs (remote in real
 * life) in another, this client in a third.
 */
const bench: Benchmark = {
  title: `Admin Test lookup and calls (${CONTACTS.toLocaleString('en-US')} contacts in each of Salesforce and ServiceNow)`,
  async run(): Promise<Figure[]> {
    const floor = await emptyChainMs(EMPTY_CHAIN_REQUESTS);
    const single = await singleProcess();
    const crms = await spawnEmulator({ BENCH_CONTACTS: String(CONTACTS) }, [], { script: 'tests/bench/crmProcess.ts', startWithinMs: 600_000 });
    const service = await spawnEmulator({ EMULATOR_DATA: ':memory:' });
    const proxy = await startFaultyProxy({ target: crms.url, failRate: 0, delayMs: SLOW_MS });
    try {
      const admin = await signInCc(service.url, CC_ADMIN.username, CC_ADMIN.password);
      await connect(admin, connectionsAt(crms.url));
      const split = await measure(service.url, { service: () => processCpuMs(service.child.pid!), crms: () => processCpuMs(crms.child.pid!) });

      const budget = await connect(split.admin, connectionsAt(crms.url, proxy.url));
      const slow: number[] = [];
      for (let n = 0; n < SLOW_CALLS; n++) {
        // Salesforce callers: ServiceNow, which does not have them, is the one late.
        const answer = await call(split.agent, TIMED * 4 + n * 2);
        if (!answer.skipped.includes('servicenow')) throw new Error('the slow ServiceNow was not named as skipped');
        slow.push(answer.ms);
      }
      const slowWorst = Math.max(...slow);
      const p99 = (samples: number[]) => percentile(samples, 99);
      const goal = `<= ${P99_GOAL_MS} ms`;
      return [
        { name: `Test lookup by phone via POST /cc/v1/admin/test/lookup, p50 (${TIMED}, Salesforce and ServiceNow searched)`, value: percentile(split.lookups, 50), unit: 'ms' },
        { name: `Test lookup by phone via POST /cc/v1/admin/test/lookup, p99 (${TIMED})`, value: p99(split.lookups), unit: 'ms', goal, met: p99(split.lookups) <= P99_GOAL_MS },
        { name: `Test lookup: CPU time per lookup in the service's process (${TIMED})`, value: split.cpuPerLookup.service, unit: 'ms' },
        { name: `Test lookup: CPU time per lookup in the emulated CRMs' process (${TIMED})`, value: split.cpuPerLookup.crms, unit: 'ms' },
        { name: `call identified and routed via POST /cc/v1/calls, p50 (${TIMED}, half in each CRM)`, value: percentile(split.calls, 50), unit: 'ms' },
        { name: `call identified and routed via POST /cc/v1/calls, p99 (${TIMED})`, value: p99(split.calls), unit: 'ms', goal, met: p99(split.calls) <= P99_GOAL_MS },
        {
          name: `call with ServiceNow answering after ${SLOW_MS} ms: slowest of ${SLOW_CALLS}, ServiceNow skipped, routed (IVR budget ${budget} ms)`,
          value: slowWorst,
          unit: 'ms',
          goal: `<= ${budget + 100} ms (budget + 100)`,
          met: slowWorst <= budget + 100,
        },
        {
          name: `the same three processes and hops with no work in them (the machine's floor), p50 / p99 (${EMPTY_CHAIN_REQUESTS})`,
          value: floor.p50,
          unit: `ms / ${floor.p99.toFixed(2)} ms`,
        },
        { name: `one process (service, CRMs and client together): Test lookup p50 / p99`, value: percentile(single.lookups, 50), unit: `ms / ${p99(single.lookups).toFixed(2)} ms` },
        { name: `one process: CPU time per Test lookup, everything included`, value: single.cpuPerLookup.all, unit: 'ms' },
        { name: `one process: call p50 / p99`, value: percentile(single.calls, 50), unit: `ms / ${p99(single.calls).toFixed(2)} ms` },
      ];
    } finally {
      await proxy.close();
      await service.stop();
      await crms.stop();
    }
  },
};

export default bench;
