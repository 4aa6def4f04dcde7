import { describe, expect, it } from 'vitest';
import { matchesDate, matchesText, parseQuery } from './parseQuery';

describe('parseQuery', () => {
  it('splits fields, operators, phrases and negations', () => {
    expect(parseQuery('type:ticket status<solved "router lights" -tags:vip created>=2024-01-01 fibre')).toEqual([
      { field: 'type', op: ':', value: 'ticket', negate: false },
      { field: 'status', op: '<', value: 'solved', negate: false },
      { field: null, op: ':', value: 'router lights', negate: false },
      { field: 'tags', op: ':', value: 'vip', negate: true },
      { field: 'created', op: '>=', value: '2024-01-01', negate: false },
      { field: null, op: ':', value: 'fibre', negate: false },
    ]);
  });

  it('keeps quoted field values whole', () => {
    expect(parseQuery('requester:"Maria García"')).toEqual([{ field: 'requester', op: ':', value: 'Maria García', negate: false }]);
  });
});

describe('dates and text', () => {
  const now = new Date('2024-06-10T12:00:00Z');
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('treats a day as a range', () => {
    expect(matchesDate(at('2024-01-01T10:00:00Z'), ':', '2024-01-01', now)).toBe(true);
    expect(matchesDate(at('2024-01-01T10:00:00Z'), '>', '2024-01-01', now)).toBe(false);
    expect(matchesDate(at('2024-01-02T00:00:00Z'), '>', '2024-01-01', now)).toBe(true);
    expect(matchesDate(at('2023-12-31T23:59:59Z'), '<', '2024-01-01', now)).toBe(true);
  });

  it('understands relative times', () => {
    expect(matchesDate(at('2024-06-10T10:00:00Z'), '>', '4hours', now)).toBe(true);
    expect(matchesDate(at('2024-06-09T10:00:00Z'), '>', '4hours', now)).toBe(false);
  });

  it('matches words regardless of case and accents', () => {
    expect(matchesText('José Muñoz called', 'jose munoz')).toBe(true);
    expect(matchesText('José Muñoz called', 'jose smith')).toBe(false);
  });
});
