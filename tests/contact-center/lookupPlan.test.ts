import { describe, expect, it, vi } from 'vitest';
import { identify } from '../../emulator/contact-center/crm/identify';
import type { CrmConnection } from '../../emulator/contact-center/crm/connections';
import { parseConfig, type CrmRecord, type LookupStep, type RecordsPort } from '../../shared';

const configWith = (ivr: object) => {
  const parsed = parseConfig({ ivr });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
};

/** A connection whose records port only looks up, answering with `answer` after `delayMs`. */
function connection(crm: 'salesforce' | 'servicenow', answer: () => Promise<CrmRecord[]>, seen: LookupStep[] = []): CrmConnection {
  const records = { lookup: (step: LookupStep) => (seen.push(step), answer()) } as unknown as RecordsPort;
  return { crm, pageBase: '', records } as unknown as CrmConnection;
}

const ana: CrmRecord = { crm: 'servicenow', object: 'u_subscriber', id: 'a1', name: 'Ana Souza', fields: { first_name: 'Ana' } };

describe('the IVR lookup across CRMs (§7.1)', () => {
  it('hands each adapter the step of the admin plan, custom tables included', async () => {
    const seen: LookupStep[] = [];
    const config = configWith({ lookup: { servicenow: [{ identifier: 'ani', targets: [{ object: 'u_subscriber', fields: ['u_line'] }] }] } });
    const { result } = await identify(config, [connection('servicenow', async () => [ana], seen)], 'ani', '+14155551000', [], new Date().toISOString());
    expect(seen).toEqual([{ identifier: 'ani', targets: [{ object: 'u_subscriber', fields: ['u_line'] }] }]);
    expect(result).toMatchObject({ outcome: 'identified', greeting: 'Hello Ana, welcome back to Alpine Fibre.' });
  });

  it('goes on without a CRM slower than the budget or down, and names it', async () => {
    vi.useFakeTimers();
    try {
      const config = configWith({ budgetMs: 200 });
      const slow = connection('salesforce', () => new Promise((resolve) => setTimeout(() => resolve([]), 2000)));
      const pending = identify(config, [slow, connection('servicenow', async () => [ana])], 'ani', '+14155551000', [], new Date().toISOString());
      await vi.advanceTimersByTimeAsync(200);
      const { result } = await pending;
      expect(result.outcome).toBe('identified');
      expect(result.skipped).toEqual([{ crm: 'salesforce', reason: 'no answer within 200 ms' }]);
    } finally {
      vi.useRealTimers();
    }
    const down = connection('servicenow', () => Promise.reject(new Error('connect ECONNREFUSED')));
    const { result } = await identify(configWith({}), [down], 'ani', '+14155551000', [], new Date().toISOString());
    expect(result).toMatchObject({ outcome: 'not-identified', skipped: [{ crm: 'servicenow', reason: 'connect ECONNREFUSED' }] });
  });
});
