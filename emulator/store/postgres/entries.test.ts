import { describe, expect, it } from 'vitest';
import { deleteAt, diffEntries, fromEntries, rowAt, setAt, toEntries } from './entries';

const rows = (entries: Map<string, string>) => [...entries].map(([key, json]) => ({ key, value: JSON.parse(json) }));

describe('a namespace as rows', () => {
  const document = {
    sequence: 42,
    interactions: { 'int-000001': { id: 'int-000001', caller: '+33 6 12 34 56 78', links: [] }, 'int-000002': { id: 'int-000002' } },
    ticketArchive: { tickets: { 'zendesk:7': { subject: 'Facture réglée deux fois', comments: [{ body: 'Bonjour' }] } }, runs: {} },
    outbox: [{ id: 'out-1', attempts: 0 }],
    config: null,
    empty: {},
  };

  it('makes one row per interaction and per archived ticket, and whole rows of arrays', () => {
    const keys = [...toEntries(document).keys()];
    expect(keys).toContain('["interactions","int-000001"]');
    expect(keys).toContain('["ticketArchive","tickets","zendesk:7"]');
    expect(keys).toContain('["outbox"]');
    expect(keys).toContain('["empty"]');
    expect(keys).toContain('["ticketArchive","runs"]');
  });

  it('gives the same document back, keys in the same order', () => {
    const back = fromEntries(rows(toEntries(document)));
    expect(back).toEqual(document);
    expect(JSON.stringify(back)).toBe(JSON.stringify(document));
  });

  it('writes only what changed and deletes what is gone', () => {
    const before = toEntries(document);
    const changed = structuredClone(document) as Record<string, unknown> & typeof document;
    changed.interactions['int-000001'].caller = '+33612345678';
    delete (changed.interactions as Record<string, unknown>)['int-000002'];
    const { upserts, deletes } = diffEntries(before, toEntries(changed));
    expect(upserts.map(([key]) => key)).toEqual(['["interactions","int-000001"]']);
    expect(deletes).toEqual(['["interactions","int-000002"]']);
  });

  it('keeps ids such as __proto__ as plain keys', () => {
    const tricky = JSON.parse('{"links":{"__proto__":{"id":"x"}}}') as object;
    expect(JSON.stringify(fromEntries(rows(toEntries(tricky))))).toBe(JSON.stringify(tricky));
  });
});

describe('a list of records with ids as rows', () => {
  const document = { agents: [{ id: 'agent-1', state: 'available' }, { id: 'agent-2', state: 'unavailable' }], skills: ['fr'], outbox: [] as { id: string }[] };

  it('keeps an empty shell row and one row per element, so one element changes one row', () => {
    const before = toEntries(document);
    expect(before.get('["agents"]')).toBe('[]');
    expect(before.get('["agents",{"id":"agent-2"}]')).toBe('{"id":"agent-2","state":"unavailable"}');
    expect(before.get('["skills"]')).toBe('["fr"]');
    const changed = structuredClone(document);
    changed.agents[1].state = 'available';
    changed.outbox.push({ id: 'wb-1' });
    const { upserts, deletes } = diffEntries(before, toEntries(changed));
    expect(upserts.map(([key]) => key)).toEqual(['["agents",{"id":"agent-2"}]', '["outbox",{"id":"wb-1"}]']);
    expect(deletes).toEqual([]);
    expect(fromEntries(rows(toEntries(changed)))).toEqual(changed);
  });

  it('takes in a row written elsewhere and forgets a deleted one, leaving the rest of the live document alone', () => {
    const live = structuredClone(document) as Record<string, unknown> & typeof document;
    setAt(live, ['outbox', { id: 'wb-7' }], { id: 'wb-7', attempts: 0 });
    setAt(live, ['agents', { id: 'agent-1' }], { id: 'agent-1', state: 'unavailable' });
    setAt(live, ['agents'], []);
    setAt(live, ['interactions', 'int-000001'], { id: 'int-000001' });
    expect(live.outbox).toEqual([{ id: 'wb-7', attempts: 0 }]);
    expect(live.agents.map((a) => a.state)).toEqual(['unavailable', 'unavailable']);
    expect(live.interactions).toEqual({ 'int-000001': { id: 'int-000001' } });
    expect(deleteAt(live, ['agents', { id: 'agent-2' }])).toBe(true);
    expect(deleteAt(live, ['agents', { id: 'agent-9' }])).toBe(false);
    expect(live.agents.map((a) => a.id)).toEqual(['agent-1']);
    expect(rowAt(live, ['agents'])).toBe('[]');
    expect(rowAt(live, ['interactions'])).toBeUndefined();
    expect(rowAt(live, ['skills'])).toBe('["fr"]');
  });
});
