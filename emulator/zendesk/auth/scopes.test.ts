import { describe, expect, it } from 'vitest';
import { isKnownScope, missingScope } from './scopes';

describe('OAuth scopes', () => {
  it('lets read cover GETs and write everything else', () => {
    expect(missingScope(['read'], 'GET', '/tickets.json')).toBeUndefined();
    expect(missingScope(['read'], 'POST', '/tickets.json')).toBe('write');
    expect(missingScope(['write'], 'GET', '/users/me.json')).toBe('read');
    expect(missingScope(['read', 'write'], 'DELETE', '/webhooks/01FMJQ')).toBeUndefined();
  });

  it('limits a resource scope to its resource', () => {
    expect(missingScope(['tickets:read'], 'GET', '/tickets/12.json')).toBeUndefined();
    expect(missingScope(['tickets:read'], 'GET', '/imports/tickets.json')).toBeUndefined();
    expect(missingScope(['tickets:read'], 'PUT', '/tickets/12.json')).toBe('write');
    expect(missingScope(['tickets:read'], 'GET', '/users.json')).toBe('read');
    expect(missingScope(['users:write'], 'POST', '/users/create_many.json')).toBeUndefined();
  });

  it('knows the documented scopes only', () => {
    expect(['read', 'write', 'impersonate', 'tickets:read', 'organizations:write'].every(isKnownScope)).toBe(true);
    expect(['root', 'tickets:delete', 'spaceships:read', ''].some(isKnownScope)).toBe(false);
  });
});
