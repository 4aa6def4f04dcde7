import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../emulator/app';
import { openDynamicsData } from '../../emulator/dynamics/data/namespace';
import { buildRegistry } from '../../emulator/dynamics/schema/registry';
import { makeId } from '../../emulator/salesforce/ids/salesforceId';
import { openSalesforceData } from '../../emulator/salesforce/records/data';
import type { SfRecord } from '../../emulator/salesforce/model/types';
import { loadStory } from '../../emulator/seed/story';
import { newSysId } from '../../emulator/servicenow/data/glide';
import { openServiceNowData } from '../../emulator/servicenow/data/namespace';
import { createServices } from '../../emulator/services';
import { openStore, type Store } from '../../emulator/store/store';

/**
 * The emulator as `startEmulator` runs it, over a store seeded straight in the emulations' own
 * record layouts first (as after a restart), for the contact-center benchmarks over a million
 * contacts: seeding through the APIs would take longer than the benchmark.
 */

/** The i-th bench contact's ten digits; `area` keeps the two CRMs' callers apart (628 Salesforce, 629 ServiceNow). */
export const digitsOf = (i: number, area = 628) => `${area}${200 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`;

/** The number in a format a CRM user might type; callers dial it as E.164. */
export function typedPhone(i: number, area = 628): string {
  const d = digitsOf(i, area);
  const forms = [`(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, `1${d}`];
  return forms[i % forms.length];
}

/** A store with the demo story seeded, ready for bench records. */
export async function storyStore(): Promise<Store> {
  const store = await openStore(':memory:');
  const story = await loadStory();
  for (const service of createServices({ store, selfUrl: () => '' })) await service.seed?.(story);
  await store.markSeeded();
  return store;
}

/** Salesforce Contacts with the fields a created Contact has, ids from the emulation's id scheme. */
export function seedSalesforceContacts(store: Store, count: number): void {
  const data = openSalesforceData(store).data;
  const ownerId = Object.keys(data.records.User ?? {})[0];
  const contacts = (data.records.Contact ??= {});
  const now = '2026-01-05T09:00:00.000+0000';
  const serial = data.serials['003'] ?? 0;
  for (let i = 0; i < count; i++) {
    const id = makeId('003', serial + i + 1);
    contacts[id] = {
      Id: id, FirstName: `Kim${i}`, LastName: `Bench${i}`, Name: `Kim${i} Bench${i}`, Email: `kim${i}@bench.example`, Phone: typedPhone(i),
      Preferred_Language__c: i % 7 === 0 ? 'Spanish' : 'English', Subscription_Level__c: i % 5 === 0 ? 'Premium' : 'Basic', NPS__c: i % 11,
      OwnerId: ownerId, IsDeleted: false, CreatedDate: now, CreatedById: ownerId, LastModifiedDate: now, LastModifiedById: ownerId, SystemModstamp: now,
    } as SfRecord;
  }
  data.serials['003'] = serial + count;
}

/** ServiceNow consumers (csm_consumer), every value a string as the Table API keeps them, numbers in the 629 area. */
export function seedServiceNowConsumers(store: Store, count: number): void {
  const consumers = (openServiceNowData(store).data.tables.csm_consumer ??= {});
  const now = '2026-01-05 09:00:00';
  for (let i = 0; i < count; i++) {
    const sysId = newSysId();
    consumers[sysId] = {
      sys_id: sysId, first_name: `Ana${i}`, last_name: `Banco${i}`, name: `Ana${i} Banco${i}`, email: `ana${i}@bench.example`, phone: typedPhone(i, 629),
      mobile_phone: '', business_phone: '', household: '', user: '', street: '', city: 'Lisboa', zip: '', country: 'PT', active: 'true',
      preferred_language: i % 3 === 0 ? 'Portuguese' : 'English', u_subscription_level: i % 5 === 0 ? 'Premium' : 'Basic', u_nps: String(i % 11),
      sys_mod_count: '0', sys_created_by: 'admin', sys_updated_by: 'admin', sys_created_on: now, sys_updated_on: now,
    };
  }
}

/** Dynamics 365 contacts with every column a created contact has (defaults, derived full name), numbers in the 627 area. */
export function seedDynamicsContacts(store: Store, count: number): void {
  const data = openDynamicsData(store).data;
  const contact = buildRegistry().byLogicalName('contact')!;
  const rows = (data.tables.contact ??= {});
  const now = '2026-01-05T09:00:00Z';
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const row: Record<string, unknown> = {};
    for (const attribute of contact.attributes) row[attribute.logicalName] = attribute.defaultValue ?? null;
    Object.assign(row, {
      contactid: id, firstname: `Léa${i}`, lastname: `Banc${i}`, emailaddress1: `lea${i}@bench.example`, telephone1: typedPhone(i, 627),
      cc_preferredlanguage: i % 4 === 0 ? 'French' : 'English', cc_subscriptionlevel: i % 5 === 0 ? 'Premium' : 'Basic', cc_nps: i % 11,
      createdon: now, modifiedon: now, versionnumber: ++data.version,
    });
    Object.assign(row, contact.derive?.(row as never));
    rows[id] = row as never;
  }
}

export interface BenchEmulator {
  url: string;
  /** Requests that reached the CRMs (everything not under /cc/v1), to show the round trips a call costs. */
  crmRequests: { count: number };
  close(): Promise<void>;
}

/** Starts the emulator's services and server over `store`, on `port` (0: any free one). */
export async function startOver(store: Store, port = 0): Promise<BenchEmulator> {
  let url = '';
  const services = createServices({ store, selfUrl: () => url });
  const server: Server = await new Promise((resolve) => {
    const s = createApp(services).listen(port, '127.0.0.1', () => resolve(s));
  });
  // Long GC pauses over a million records must not let idle keep-alive sockets close under the client.
  server.keepAliveTimeout = 60_000;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const crmRequests = { count: 0 };
  // Ahead of Express, which rewrites `req.url` while it routes.
  server.prependListener('request', (req: { url?: string }) => {
    if (!req.url?.startsWith('/cc/v1/')) crmRequests.count++;
  });
  for (const service of services) await service.start?.();
  return {
    url,
    crmRequests,
    async close() {
      for (const service of services) await service.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
