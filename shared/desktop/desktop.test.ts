import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { parseConfig } from '../config/parseConfig';
import { formatFact } from './formatFact';
import { humanLabel } from './humanLabel';
import { buildInteractionContext } from './interactionContext';
import { routingSentences } from './routingSentences';
import { acwDeadline, decideWrapUp } from './wrapUp';

describe('desktop configuration (issue 15)', () => {
  it('has defaults for wrap-up, display and write-back, and names a bad value by its path', () => {
    const config = defaultConfig();
    expect(config.wrapUp).toMatchObject({ maxSeconds: 120, required: false });
    expect(config.wrapUp.dispositions.map((d) => d.code)).toEqual(expect.arrayContaining(['resolved', 'follow-up', 'escalated', 'no-answer']));
    expect(config.display.alert).toEqual(['tier', 'language']);
    expect(config.writeBack.maxAttempts).toBe(5);
    const bad = parseConfig({ wrapUp: { maxSeconds: -1, dispositions: [{ code: 'a', label: 'A' }, { code: 'a', label: 'B' }] } });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['wrapUp.maxSeconds', 'wrapUp.dispositions']));
  });
});

describe('wrap-up', () => {
  const config = defaultConfig().wrapUp;
  it('keeps a known disposition and trimmed notes; refuses an unknown code', () => {
    expect(decideWrapUp(config, { disposition: 'resolved', notes: '  Called back.  ' })).toEqual({ wrapUp: { disposition: 'resolved', dispositionLabel: 'Resolved', notes: 'Called back.' } });
    expect(decideWrapUp(config, { disposition: 'boat' })).toMatchObject({ refused: 'unknown-disposition' });
    expect(decideWrapUp(config, undefined)).toEqual({ wrapUp: {} });
  });
  it('asks for a disposition only when the configuration requires one', () => {
    expect(decideWrapUp({ ...config, required: true }, { notes: 'x' })).toMatchObject({ refused: 'disposition-required' });
  });
  it('ends after-call work maxSeconds after it starts', () => {
    expect(acwDeadline({ ...config, maxSeconds: 90 }, new Date('2026-01-01T10:00:00.000Z'))).toBe('2026-01-01T10:01:30.000Z');
  });
});

describe('labels and values an agent reads', () => {
  it('makes field names readable when the CRM gives no label', () => {
    expect(humanLabel('NPS__c')).toBe('NPS');
    expect(humanLabel('u_nps')).toBe('NPS');
    expect(humanLabel('u_preferred_language')).toBe('Preferred language');
    expect(humanLabel('Subscription_Level__c')).toBe('Subscription level');
    expect(humanLabel('subscriptionLevel')).toBe('Subscription level');
    expect(humanLabel('Account.Tier__c')).toBe('Tier');
  });
  it('formats values and shows nothing for a missing one (never null)', () => {
    expect(formatFact(null)).toBeUndefined();
    expect(formatFact('')).toBeUndefined();
    expect(formatFact(12500)).toBe('12,500');
    expect(formatFact(true)).toBe('Yes');
    expect(formatFact('Fibre;TV')).toBe('Fibre, TV');
    expect(formatFact({ value: 'a1', display_value: 'Gold' })).toBe('Gold');
    expect(formatFact('2026-03-01')).toBe('2026-03-01');
    expect(formatFact('2026-03-01T09:30:00.000Z')).toBe('2026-03-01 09:30 UTC');
  });
});

describe('the interaction context', () => {
  const queues = [{ key: 'retention', name: 'Retention desk' }];
  it('lists the displayed facts the record has, with the label the admin gave else a readable name, and names queue and skills', () => {
    const context = buildInteractionContext({
      customerName: 'Maria García',
      facts: { language: 'Spanish', nps: 3, tier: null, email: 'm@x.example' },
      labels: { language: 'Preferred language' },
      display: { alert: ['language', 'tier'], card: ['nps'] },
      queue: 'retention',
      skills: ['spanish'],
      queues,
      reasons: ['why'],
    });
    expect(context).toEqual({
      customerName: 'Maria García',
      facts: [
        { key: 'language', label: 'Preferred language', value: 'Spanish' },
        { key: 'nps', label: 'NPS', value: '3' },
      ],
      queue: { key: 'retention', name: 'Retention desk' },
      skills: [{ key: 'spanish', name: 'Spanish' }],
      reasons: ['why'],
    });
  });
  it('says why in sentences, with names', () => {
    const decision = {
      queue: 'retention',
      skills: [],
      droppedSkills: [{ name: 'billing', priority: 90 }],
      reasons: [{ rule: 0, name: 'Detractors', chose: { queue: 'retention', skills: ['retention', 'spanish'] } }],
    };
    const name = (key: string) => queues.find((q) => q.key === key)?.name ?? key;
    expect(routingSentences(decision, name, humanLabel)).toEqual([
      'Detractors: sent to the Retention desk queue and needs the skills Retention and Spanish.',
      'The skill Billing was left out: an interaction needs at most five skills.',
    ]);
    expect(routingSentences({ ...decision, reasons: [], droppedSkills: [] }, name, humanLabel)).toEqual(['No routing rule matched, so it went to the Retention desk queue.']);
    expect(routingSentences({ refused: 'feature-disabled', feature: 'routing' } as never, name, humanLabel)[0]).toMatch(/switched off/);
  });
});
