import { describe, expect, it } from 'vitest';
import { decideScreenPop, type ScreenPopFacts } from './decideScreenPop';
import { screenPopConfigSchema, screenPopTargetFor } from './policy';

const maria = { crm: 'servicenow', object: 'customer_contact', id: 'a'.repeat(32) } as const;
const caseRef = (n: number) => ({ crm: 'servicenow', object: 'sn_customerservice_case', id: String(n).repeat(32) }) as const;
const facts = (over: Partial<ScreenPopFacts> = {}): ScreenPopFacts => ({ outcome: 'identified', customer: maria, openCases: [], candidates: [maria], ...over });

describe('§7.6 screen pop on answer', () => {
  it('opens the most recent open case of an identified caller', () => {
    const openCases = [
      { ref: caseRef(1), openedAt: '2026-11-01 09:00:00' },
      { ref: caseRef(2), openedAt: '2026-11-28 17:30:00' },
      { ref: caseRef(3), openedAt: '2026-10-02 08:00:00' },
    ];
    expect(decideScreenPop(facts({ openCases }), 'open-case')).toEqual({ open: 'case', record: caseRef(2) });
  });

  it('opens the caller and offers a new case when they have no open case', () => {
    expect(decideScreenPop(facts(), 'open-case')).toEqual({ open: 'customer', record: maria, offerNewCase: true });
  });

  it('opens the case the caller named by number, before any other open case', () => {
    const decision = decideScreenPop(facts({ namedCase: caseRef(7), openCases: [{ ref: caseRef(2), openedAt: '2026-11-28 17:30:00' }] }), 'open-case');
    expect(decision).toEqual({ open: 'case', record: caseRef(7) });
  });

  it('lists the candidates of an ambiguous caller and opens no record', () => {
    const souzas = [1, 2, 3].map((n) => ({ crm: 'servicenow', object: 'csm_consumer', id: String(n).repeat(32) }) as const);
    expect(decideScreenPop({ outcome: 'ambiguous', openCases: [], candidates: souzas }, 'open-case')).toEqual({ open: 'candidates', candidates: souzas });
  });

  it('opens only the interaction record for a caller nobody knows: never a blank case', () => {
    expect(decideScreenPop({ outcome: 'not-identified', openCases: [], candidates: [] }, 'open-case')).toEqual({ open: 'interaction-record' });
  });

  it('follows the target of the channel: the customer always, or no customer record', () => {
    const openCases = [{ ref: caseRef(1), openedAt: '2026-11-01 09:00:00' }];
    expect(decideScreenPop(facts({ openCases }), 'customer')).toEqual({ open: 'customer', record: maria, offerNewCase: false });
    expect(decideScreenPop(facts({ openCases }), 'interaction-record')).toEqual({ open: 'interaction-record' });
  });

  it('takes each channel its own target, else the default', () => {
    const config = screenPopConfigSchema.parse({ channels: { email: 'customer' } });
    expect(screenPopTargetFor(config, 'voice')).toBe('open-case');
    expect(screenPopTargetFor(config, 'email')).toBe('customer');
    expect(screenPopConfigSchema.safeParse({ channels: { fax: 'customer' } }).success).toBe(false);
  });
});
