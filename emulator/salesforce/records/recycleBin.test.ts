import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { MEMORY, openStore } from '../../store/store';
import { readPackageObjects } from '../schema/metadata';
import { buildRegistry } from '../schema/registry';
import { openSalesforceData } from './data';
import { createRecordService, type RecordService } from './recordService';
import { createRecordStore } from './recordStore';

const OBJECTS_DIR = fileURLToPath(new URL('../../../force-app/main/default/objects', import.meta.url));
let records: RecordService;
let userId: string;

beforeEach(async () => {
  const ns = openSalesforceData(await openStore(MEMORY));
  records = createRecordService(createRecordStore(ns.data, buildRegistry(readPackageObjects(OBJECTS_DIR))), ns.data);
  userId = records.create('User', { Username: 'bin@example.com', LastName: 'Bin', Email: 'bin@example.com', Alias: 'bin' }, '').id;
});

const isDeleted = (id: string) => records.store.byId(id)?.IsDeleted;

function family() {
  const account = records.create('Account', { Name: 'Papelería Núñez' }, userId).id;
  const contact = records.create('Contact', { LastName: 'Núñez', AccountId: account }, userId).id;
  const call = records.create('Task', { Subject: 'Llamada', WhoId: contact }, userId).id;
  return { account, contact, call };
}

describe('recycle bin', () => {
  it('undeletes a record with the details its delete took along', () => {
    const { account, contact, call } = family();
    records.remove('Account', account, userId);
    expect([account, contact, call].map(isDeleted)).toEqual([true, true, true]);
    records.undelete(account, userId);
    expect([account, contact, call].map(isDeleted)).toEqual([false, false, false]);
    expect(() => records.undelete(account, userId)).toThrow('UNDELETE_FAILED: Entity is not in the recycle bin');
  });

  it('leaves a detail deleted on its own in the bin when the parent comes back', () => {
    const { account, contact, call } = family();
    records.remove('Task', call, userId);
    records.remove('Account', account, userId);
    records.undelete(account, userId);
    expect([account, contact, call].map(isDeleted)).toEqual([false, false, true]);
  });

  it('rolls a delete back as a whole (allOrNone) and hard-deletes without the bin', () => {
    const { account, contact, call } = family();
    records.remove('Account', account, userId).undo();
    expect([account, contact, call].map(isDeleted)).toEqual([false, false, false]);
    records.hardDelete('Account', account);
    expect([account, contact, call].map((id) => records.store.byId(id))).toEqual([undefined, undefined, undefined]);
  });
});
