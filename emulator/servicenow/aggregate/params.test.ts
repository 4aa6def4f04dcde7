import { describe, expect, it } from 'vitest';
import { parseHaving, parseOrderBy } from './params';

describe('Aggregate API parameters', () => {
  it('reads sysparm_having as aggregate^field^operator^value, comma-separated, skipping malformed parts', () => {
    expect(parseHaving('count^priority^>^3,AVG^priority^<=^2.5,median^x^>^1,sum^u_nps^~^1,max^u_nps^>^x')).toEqual([
      { aggregate: 'count', field: 'priority', operator: '>', value: 3 },
      { aggregate: 'avg', field: 'priority', operator: '<=', value: 2.5 },
    ]);
  });

  it('reads sysparm_order_by by aggregate or by field, ascending unless ^DESC', () => {
    expect(parseOrderBy('AVG^state,COUNT^DESC,state^DESC,priority')).toEqual([
      { aggregate: 'avg', field: 'state', descending: false },
      { aggregate: 'count', field: undefined, descending: true },
      { field: 'state', descending: true },
      { field: 'priority', descending: false },
    ]);
  });
});
