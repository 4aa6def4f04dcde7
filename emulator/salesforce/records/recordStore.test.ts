import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../schema/registry';
import type { SalesforceData } from './data';
import { createRecordStore } from './recordStore';

const emptyData = (): SalesforceData => ({
  orgId: '00D000000000001AAA', records: {}, serials: {}, caseNumber: 0, sessions: {}, refreshTokens: {}, credentials: {},
});

describe('record store', () => {
  it('counts writes per object, so derived indexes notice an update that keeps the count', () => {
    const store = createRecordStore(emptyData(), buildRegistry([]));
    const id = store.newId('Contact');
    store.put('Contact', { Id: id, LastName: 'Before', IsDeleted: false });
    const afterCreate = store.version!('Contact');
    store.put('Contact', { Id: id, LastName: 'After', IsDeleted: false });
    expect(store.version!('Contact')).toBeGreaterThan(afterCreate);
    const contacts = store.version!('Contact');
    store.put('Account', { Id: store.newId('Account'), Name: 'Elsewhere', IsDeleted: false });
    expect(store.version!('Contact')).toBe(contacts);
    expect(store.version!('contact')).toBe(contacts);
    const all = store.version!();
    store.drop('Contact', id);
    expect(store.version!('Contact')).toBeGreaterThan(contacts);
    expect(store.version!()).toBeGreaterThan(all);
  });

  it('finds recycle-bin records by id but keeps them out of the live lists and indexes', () => {
    const store = createRecordStore(emptyData(), buildRegistry([]));
    const id = store.newId('Contact');
    store.put('Contact', { Id: id, LastName: 'Gone', Phone: '(415) 555-0101', IsDeleted: true });
    expect(store.byId(id.slice(0, 15))?.IsDeleted).toBe(true);
    expect([...store.records('Contact')]).toEqual([]);
    expect([...store.records('Contact', { includeDeleted: true })].map((r) => r.Id)).toEqual([id]);
    expect([...store.byPhoneDigits('4155550101')]).toEqual([]);
  });
});
