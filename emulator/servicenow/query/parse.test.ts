import { describe, expect, it } from 'vitest';
import { parseEncodedQuery } from './parse';

describe('parseEncodedQuery', () => {
  it('reads AND, OR and the documented operators', () => {
    const q = parseEncodedQuery('active=true^priority<=2^ORstate!=3^short_descriptionLIKErouter^nameNOT LIKEtest^stateIN1,10');
    expect(q.groups).toEqual([
      [
        [{ field: 'active', operator: '=', value: 'true' }],
        [
          { field: 'priority', operator: '<=', value: '2' },
          { field: 'state', operator: '!=', value: '3' },
        ],
        [{ field: 'short_description', operator: 'LIKE', value: 'router' }],
        [{ field: 'name', operator: 'NOT LIKE', value: 'test' }],
        [{ field: 'state', operator: 'IN', value: '1,10' }],
      ],
    ]);
  });

  it('splits ^NQ into groups and collects ORDERBY clauses', () => {
    const q = parseEncodedQuery('state=1^NQstate=10^ORDERBYnumber^ORDERBYDESCopened_at');
    expect(q.groups).toHaveLength(2);
    expect(q.groups[1]).toEqual([[{ field: 'state', operator: '=', value: '10' }]]);
    expect(q.orderBy).toEqual([
      { field: 'number', descending: false },
      { field: 'opened_at', descending: true },
    ]);
  });

  it('reads dot-walked fields, empty checks and escaped carets', () => {
    const q = parseEncodedQuery('consumer.last_name=Souza^emailISNOTEMPTY^descriptionISEMPTY^short_description=a^^b');
    expect(q.groups[0].map((c) => c[0])).toEqual([
      { field: 'consumer.last_name', operator: '=', value: 'Souza' },
      { field: 'email', operator: 'ISNOTEMPTY', value: '' },
      { field: 'description', operator: 'ISEMPTY', value: '' },
      { field: 'short_description', operator: '=', value: 'a^b' },
    ]);
  });

  it('tells STARTSWITH and ENDSWITH apart from = and keeps values with operators inside', () => {
    const q = parseEncodedQuery('phoneSTARTSWITH+1^phoneENDSWITH0199^short_description=a=b');
    expect(q.groups[0].map(([c]) => [c.field, c.operator, c.value])).toEqual([
      ['phone', 'STARTSWITH', '+1'],
      ['phone', 'ENDSWITH', '0199'],
      ['short_description', '=', 'a=b'],
    ]);
  });

  it('marks javascript: values as refused and drops terms without an operator', () => {
    const q = parseEncodedQuery('assigned_to=javascript:gs.getUserID()^garbage^EQ');
    expect(q.groups[0]).toEqual([[{ field: 'assigned_to', operator: '=', value: 'javascript:gs.getUserID()', refused: true }]]);
  });

  it('gives an empty query for nothing', () => {
    expect(parseEncodedQuery('')).toEqual({ groups: [], orderBy: [] });
  });
});
