import { describe, expect, it } from 'vitest';
import { ccContract } from './contract';
import { ccRouteTable } from './routeTable';

describe('the route table of the zod-free client', () => {
  it('lists exactly the contract’s operations, each with the contract’s method, path and access', () => {
    const fromContract = Object.fromEntries(Object.entries(ccContract).map(([id, route]) => [id, { method: route.method, path: route.path, access: route.access }]));
    expect(ccRouteTable).toEqual(fromContract);
  });
});
