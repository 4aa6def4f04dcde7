import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { CC_ADMIN, signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';

describe("queues, skills and agents' skills as the admin edits them (issue 18, §7.3)", () => {
  let emulator: RunningEmulator;
  let admin: CcClient;
  let agent: CcClient;
  const setup = async () => {
    const { queues, skills, agents } = await admin.call('listAgents');
    return { queues, skills, agents: agents.map((a) => ({ id: a.id, queues: a.queues, skills: a.skills })) };
  };

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  it('a new queue and skill can be named by rules at once, and given to an agent', async () => {
    const before = await setup();
    const me = before.agents.findIndex((a) => a.id === agent.agent.id);
    const agents = before.agents.map((a, i) => (i === me ? { ...a, skills: [...a.skills, 'Portuguese'] } : a));
    const saved = await admin.send('putRoutingSetup', { body: { queues: [...before.queues, { key: 'vip', name: 'VIP desk' }], skills: [...before.skills, 'Portuguese'], agents } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await agent.call('getMe')).agent.skills).toContain('Portuguese');

    const { config } = await admin.call('getConfig');
    const rule = { name: 'Gold to VIP', when: [{ fact: 'tier', op: 'eq' as const, value: 'Gold' }], queue: 'vip', skills: [{ name: 'Portuguese', priority: 1 }] };
    expect((await admin.send('putConfig', { body: { ...config, routing: { ...config.routing, rules: [rule, ...config.routing.rules] } } })).status).toBe(200);
    expect((await placeCall(agent, '(415) 555-1000')).routing).toMatchObject({ queue: 'vip', skills: expect.arrayContaining(['Portuguese']) });
  });

  it('refuses, with the path, a queue or skill the published rules still name, an agent given an unknown skill, a queue listed twice; nothing changes', async () => {
    const before = await setup();
    const withoutVip = before.queues.filter((q) => q.key !== 'vip');
    const withoutPortuguese = (skills: string[]) => skills.filter((s) => s !== 'Portuguese');
    const agents = before.agents.map((a) => ({ ...a, skills: withoutPortuguese(a.skills) }));
    const gone = await admin.send('putRoutingSetup', { body: { queues: withoutVip, skills: withoutPortuguese(before.skills), agents } });
    expect(gone.status).toBe(400);
    expect(gone.body.errors!.map((e) => e.path)).toEqual(['routing.rules[0].queue', 'routing.rules[0].skills[0].name']);

    const bad = await admin.send('putRoutingSetup', {
      body: { ...before, queues: [...before.queues, { key: before.queues[0].key, name: 'Again' }], agents: [{ ...before.agents[0], skills: ['Klingon'] }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.path).sort()).toEqual(['agents[0].skills[0]', `queues[${before.queues.length}].key`]);
    expect(await setup()).toEqual(before);
  });

  it('a change is a version with author, time and diff, in the audit; a rollback brings back the queues and skills and the rules that named them', async () => {
    const before = await setup();
    const { current: start } = await admin.call('listConfigVersions');
    const me = before.agents.findIndex((a) => a.id === agent.agent.id);
    const agents = before.agents.map((a, i) => (i === me ? { ...a, skills: [...a.skills, 'Tagalog'] } : a));
    const saved = await admin.send('putRoutingSetup', { body: { queues: [...before.queues, { key: 'renewals', name: 'Renewals' }], skills: [...before.skills, 'Tagalog'], agents } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(start + 1);

    const { versions } = await admin.call('listConfigVersions');
    expect(versions[0]).toMatchObject({ version: start + 1, action: 'setup', author: { name: admin.agent.name }, at: expect.any(String) });
    expect(versions[0].changes).toEqual([
      { path: `setup.queues[${before.queues.length}]`, after: { key: 'renewals', name: 'Renewals' } },
      { path: `setup.skills[${before.skills.length}]`, after: 'Tagalog' },
      { path: `setup.agents.${agent.agent.id}.skills[${before.agents[me].skills.length}]`, after: 'Tagalog' },
    ]);
    const { entries } = await agent.call('getConfigAudit');
    expect(entries[0]).toMatchObject({ action: 'setup', version: start + 1, actor: { name: admin.agent.name, role: 'admin' } });

    // A rule on the new queue, then back to before the queue existed: the rule and the queue go together.
    const { config } = await admin.call('getConfig');
    const rule = { name: 'Renewals desk', when: [{ fact: 'tier', op: 'eq' as const, value: 'Gold' }], queue: 'renewals' };
    await admin.call('putConfig', { body: { ...config, routing: { ...config.routing, rules: [rule, ...config.routing.rules] } } });
    const rolled = await admin.call('rollbackConfig', { params: { version: String(start) } });
    expect(rolled.version).toMatchObject({ action: 'rollback', rollbackOf: start });
    expect(rolled.version.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['routing.rules[0].name', `setup.queues[${before.queues.length}]`, `setup.agents.${agent.agent.id}.skills[${before.agents[me].skills.length}]`]));
    expect(await setup()).toEqual(before);
    expect((await admin.call('getConfig')).config).toEqual(config);
    expect((await agent.call('getMe')).agent.skills).not.toContain('Tagalog');
    expect((await admin.call('getConfigVersion', { params: { version: String(start + 1) } })).version.setup?.queues.map((q) => q.key)).toContain('renewals');

    // Forward again: the version with the queue comes back whole.
    await admin.call('rollbackConfig', { params: { version: String(start + 2) } });
    expect((await setup()).queues.map((q) => q.key)).toContain('renewals');
    expect((await placeCall(agent, '(415) 555-1000')).routing?.queue).toBe('renewals');
  });

  it('is for admins only', async () => {
    const res = await agent.send('putRoutingSetup', { body: await setup() });
    expect(res.status).toBe(403);
  });
});
