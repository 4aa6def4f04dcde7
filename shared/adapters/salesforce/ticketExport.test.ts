import { describe, expect, it } from 'vitest';
import { jsonResponse, scriptedFetch } from '../fakeFetch';
import { createSalesforceApi } from './api';
import { salesforceTicketCases } from './ticketCases';
import { salesforceTicketUsers } from './ticketUsers';

const BASE = 'https://alpine.my.salesforce.example';
const api = (replies: Response[]) => {
  const fake = scriptedFetch(replies);
  return { api: createSalesforceApi({ instanceUrl: BASE, accessToken: 'token', http: { fetch: fake.fetch } }), calls: fake.calls };
};

describe('Salesforce ticket exports (§8.1)', () => {
  it('walks Users then Contacts with queryAll and nextRecordsUrl, and resumes from the modstamp', async () => {
    const sf = api([
      jsonResponse(200, { done: false, nextRecordsUrl: '/services/data/v62.0/query/01g-2000', records: [{ Id: '005A', FirstName: 'Casey', LastName: 'Agent', Email: 'casey@x.example', IsActive: false, SystemModstamp: '2025-01-02T00:00:00.000+0000' }] }),
      jsonResponse(200, { done: true, records: [] }),
      jsonResponse(200, { done: true, records: [{ Id: '003A', FirstName: null, LastName: 'Ngata', Email: null, IsDeleted: true, SystemModstamp: '2025-01-03T00:00:00.000+0000' }] }),
      jsonResponse(200, { done: true, records: [] }),
    ]);
    const users = salesforceTicketUsers(sf.api);
    const first = await users.exportUsers({ since: new Date('2025-01-01T00:00:00Z') });
    expect(decodeURIComponent(sf.calls[0].url)).toContain('FROM User WHERE SystemModstamp > 2025-01-01T00:00:00Z ORDER BY SystemModstamp, Id');
    expect(sf.calls[0].url).toContain('/queryAll?');
    expect(first).toMatchObject({ end: false, items: [{ id: '005A', firstName: 'Casey', active: false, role: 'agent' }] });
    const second = await users.exportUsers({ cursor: first.cursor! });
    expect(sf.calls[1].url).toBe(`${BASE}/services/data/v62.0/query/01g-2000`);
    const contacts = await users.exportUsers({ cursor: second.cursor! });
    expect(decodeURIComponent(sf.calls[2].url)).toContain('FROM Contact WHERE');
    expect(contacts).toMatchObject({ end: true, items: [{ id: '003A', firstName: null, lastName: 'Ngata', active: false, role: 'contact' }] });
    await users.exportUsers({ cursor: contacts.cursor! });
    expect(decodeURIComponent(sf.calls[3].url)).toContain('FROM User WHERE SystemModstamp > 2025-01-02T00:00:00Z');
  });

  it('turns a Case with its Tasks into a ticket with interactions in order', async () => {
    const sf = api([
      jsonResponse(200, { done: true, records: [{ Id: '500A', Subject: 'Box overheats', Description: 'Switches off.', Status: 'Closed', Origin: 'Phone', ContactId: '003A', OwnerId: '005A', CreatedDate: '2025-01-01T00:00:00.000+0000', ClosedDate: '2025-01-02T00:00:00.000+0000', SystemModstamp: '2025-01-02T00:00:00.000+0000', IsDeleted: false, Tasks: { records: [{ Id: '00TA', Subject: 'Call', Description: null, OwnerId: '005A', TaskSubtype: 'Call', CreatedDate: '2025-01-01T10:00:00.000+0000' }] } }] }),
    ]);
    const page = await salesforceTicketCases(sf.api).exportTickets({ since: new Date(0) });
    expect(page.items[0]).toMatchObject({ id: '500A', status: 'Closed', channel: 'voice', requesterId: '003A', assigneeId: '005A', url: '/lightning/r/Case/500A/view' });
    expect(page.items[0].comments.map((c) => [c.authorId, c.body])).toEqual([['003A', 'Switches off.'], ['005A', 'Call']]);
  });
});
