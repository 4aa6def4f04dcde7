import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import type { Namespace } from '../../emulator/store/store';
import { startMemoryEmulator } from '../support/emulator';
import { send, sendAll, type Answer } from './client';
import { signIn } from './credentials';
import { isDocumented5xx, isVendorError } from './endpoints';
import { prng } from './generate';
import { badIds, brokenBodies, forged, hugeBodies, injections, signInAbuse, wrongTypes, type Case } from './probes';
import { findIds, strictServiceNow, writeTargets } from './targets';

const NAMESPACES: Namespace[] = ['salesforce', 'servicenow', 'zendesk', 'contactCenter'];

/** A hash of each part's stored data: every record, session and counter. */
function fingerprint(emulator: RunningEmulator): Record<string, string> {
  return Object.fromEntries(NAMESPACES.map((name) => [name, createHash('sha256').update(JSON.stringify(emulator.store.namespace(name, () => ({})).data)).digest('hex')]));
}

/** What is wrong with one answer, or undefined when it is what the vendor would send. */
function verdict(c: Case, answer: Answer): string | undefined {
  if (answer.status >= 500 && !isDocumented5xx(c.path, answer)) return '5xx';
  if (answer.status >= 400 && !isVendorError(c.path, answer)) return 'wrong error shape';
  if (c.mustRefuse && answer.status < 400) return 'accepted';
  return undefined;
}

describe('malformed requests against every emulated API', () => {
  let emulator: RunningEmulator;
  let cases: Case[] = [];
  let answers: Answer[] = [];
  let before: Record<string, string>;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    const creds = await signIn(emulator.url);
    await strictServiceNow(emulator.url, creds);
    const ids = await findIds(emulator.url, creds);
    const targets = await writeTargets(emulator.url, creds, ids);
    const random = prng(20_240_611);
    cases = [
      ...wrongTypes(targets), ...brokenBodies(targets), ...hugeBodies(creds), ...badIds(creds),
      ...injections(creds, random, 250), ...forged(random), ...signInAbuse(),
    ];
    await emulator.store.flush();
    before = fingerprint(emulator);
    answers = await sendAll(emulator.url, cases, 16);
    await emulator.store.flush();
  }, 120_000);

  afterAll(() => emulator?.close());

  it('sends at least 10,000 of them', () => {
    const fivexx = answers.filter((a) => a.status >= 500).length;
    console.log(`[reliability] bad input: ${cases.length} requests tried, ${fivexx} answered 5xx (${answers.filter((a, i) => a.status >= 500 && isDocumented5xx(cases[i].path, a)).length} of them documented SOAP faults)`);
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
  });

  it('answers each with a refusal in its vendor error shape, never an undocumented 5xx', () => {
    const problems = new Map<string, { count: number; sample: string }>();
    cases.forEach((c, i) => {
      const problem = verdict(c, answers[i]);
      if (!problem) return;
      const key = `${problem}: ${c.route} -> ${answers[i].status}`;
      const seen = problems.get(key) ?? { count: 0, sample: `${c.label} => ${answers[i].text.slice(0, 200)}` };
      problems.set(key, { ...seen, count: seen.count + 1 });
    });
    const report = [...problems].map(([key, { count, sample }]) => `${key} (x${count}) e.g. ${sample}`);
    if (report.length) console.log(`[reliability] problems:\n${report.join('\n')}`);
    expect(report).toEqual([]);
  });

  it('changes no stored data and pollutes no prototype', () => {
    expect(fingerprint(emulator)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is still alive', async () => {
    const health = await send(emulator.url, { method: 'GET', path: '/health', label: 'health' });
    expect([health.status, JSON.parse(health.text)]).toEqual([200, { status: 'ok' }]);
  });
});
