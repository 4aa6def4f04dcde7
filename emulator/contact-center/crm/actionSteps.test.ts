import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../../shared';
import { jsonResponse, scriptedFetch } from '../../../shared/adapters/fakeFetch';
import { runActionSteps } from './actionSteps';

const action = (id: string, input: string) => ({
  id,
  name: id,
  input: { type: 'object', properties: { [input]: { type: 'string' } }, required: [input] },
  output: { type: 'object', properties: { tier: { type: 'string' } }, required: ['tier'] },
  request: { url: `https://${id}.example/lookup?${input}=\${input.${input}}` },
  mapping: '{ "tier": level }',
});

function configWith(budgetMs: number): Config {
  const parsed = parseConfig({
    ivr: {
      budgetMs,
      lookup: {
        actions: [
          { action: 'by-phone', input: { phone: 'ani' }, facts: { loyaltyTier: 'tier' } },
          { action: 'by-tier', input: { tier: 'fact.tier' }, facts: { offer: 'tier' } },
        ],
      },
    },
    dataActions: { actions: [action('by-phone', 'phone'), action('by-tier', 'tier')] },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

const call = { kind: 'ani' as const, entered: '+15035550147', ani: '+15035550147' };

describe('data action steps of an IVR lookup (issue 19)', () => {
  it('a step fed by the caller starts beside the CRM lookups; one fed by a fact waits for the CRMs, then runs with it', async () => {
    const fetch = scriptedFetch((request) => jsonResponse(200, { level: request.url.includes('by-phone') ? 'gold' : 'retention-offer' }));
    let crmsAnswer: (facts: Record<string, unknown>) => void = () => undefined;
    const crmFacts = new Promise<Record<string, unknown>>((resolve) => (crmsAnswer = resolve));
    const running = runActionSteps(configWith(1500), { ...call, startedAt: performance.now() }, crmFacts, { origin: 'http://cc.example', fetch: fetch.fetch });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch.calls.map((c) => c.url)).toEqual(['https://by-phone.example/lookup?phone=%2B15035550147']);
    crmsAnswer({ tier: 'Gold' });
    const answer = await running;
    expect(fetch.calls[1].url).toBe('https://by-tier.example/lookup?tier=Gold');
    expect(answer.facts).toEqual({ loyaltyTier: 'gold', offer: 'retention-offer' });
    expect(answer.runs.map((r) => [r.action, r.outcome])).toEqual([['by-phone', 'found'], ['by-tier', 'found']]);
  });

  it('a step whose fact the CRMs did not find is skipped; one left no time by the budget fails as a timeout', async () => {
    const fetch = scriptedFetch(() => jsonResponse(200, { level: 'gold' }));
    const none = await runActionSteps(configWith(1500), { ...call, startedAt: performance.now() }, Promise.resolve({}), { origin: 'http://cc.example', fetch: fetch.fetch });
    expect(none.runs[1]).toMatchObject({ action: 'by-tier', outcome: 'skipped', reason: 'no-input', detail: 'nothing for fact.tier' });
    // The CRMs answered after the whole budget had gone: the step that waited for them is not run.
    const late = await runActionSteps(configWith(50), { ...call, startedAt: performance.now() - 60 }, Promise.resolve({ tier: 'Gold' }), { origin: 'http://cc.example', fetch: fetch.fetch });
    expect(late.runs[1]).toMatchObject({ action: 'by-tier', outcome: 'error', reason: 'timeout' });
  });
});
