import { describe, expect, it } from 'vitest';
import { CrmError } from '../../ports/crmError';
import { recordedSleep } from '../fakeFetch';
import { writeOnce } from './writeOnce';

const unavailable = () => new CrmError({ kind: 'unavailable', crm: 'salesforce', status: 0, code: 'NETWORK_ERROR', message: 'socket hang up' });

describe('writeOnce (§2.3: never lost, never done twice)', () => {
  it('returns what it finds without creating', async () => {
    let creates = 0;
    const found = await writeOnce({ find: async () => 'existing', create: async () => `new-${++creates}` });
    expect(found).toBe('existing');
    expect(creates).toBe(0);
  });

  it('after a create whose answer was lost, finds the one it made instead of making another', async () => {
    const store: string[] = [];
    const timing = recordedSleep();
    const result = await writeOnce({
      find: async () => store[0] ?? null,
      create: async () => {
        store.push(`activity-${store.length + 1}`);
        if (store.length === 1) throw unavailable();
        return store[store.length - 1];
      },
      sleep: timing.sleep,
    });
    expect(result).toBe('activity-1');
    expect(store).toEqual(['activity-1']);
    expect(timing.waits).toHaveLength(1);
  });

  it('does not retry a refusal', async () => {
    let creates = 0;
    const refusal = new CrmError({ kind: 'validation', crm: 'salesforce', status: 400, code: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Subject]' });
    await expect(
      writeOnce({ find: async () => null, create: async () => { creates++; throw refusal; } }),
    ).rejects.toBe(refusal);
    expect(creates).toBe(1);
  });

  it('gives up after its attempts while the CRM stays down', async () => {
    const timing = recordedSleep();
    let finds = 0;
    await expect(writeOnce({ find: async () => { finds++; throw unavailable(); }, create: async () => 'x', sleep: timing.sleep, attempts: 3 })).rejects.toMatchObject({ kind: 'unavailable' });
    expect(finds).toBe(3);
  });
});
