import jsforce from 'jsforce';
import { describe, expect, it } from 'vitest';
import { AGENT, CLIENT, useSalesforce } from './connect';

/** The resources jsforce reads about the session itself: identity, limits and recent items. */
const sf = useSalesforce();

describe('identity URL', () => {
  it('answers conn.identity() after a SOAP login, an OAuth login and for a bare access token', async () => {
    const viaSoap = await sf.conn.identity();
    expect(viaSoap).toMatchObject({ username: AGENT.username, display_name: 'Casey Agent', user_id: sf.conn.userInfo!.id, organization_id: sf.conn.userInfo!.organizationId, active: true });
    expect(viaSoap.id).toBe(`${sf.emulator.url}/id/${viaSoap.organization_id}/${viaSoap.user_id}`);
    expect(viaSoap.urls.rest).toBe(`${sf.emulator.url}/services/data/v{version}/`);

    const oauth2 = new jsforce.OAuth2({ loginUrl: sf.emulator.url, ...CLIENT });
    const viaOAuth = new jsforce.Connection({ oauth2, version: '62.0' });
    await viaOAuth.login(AGENT.username, AGENT.password);
    expect((await viaOAuth.identity()).username).toBe(AGENT.username);

    // Without userInfo, jsforce finds the identity URL in the resources of the API version.
    const bare = new jsforce.Connection({ instanceUrl: sf.emulator.url, accessToken: sf.conn.accessToken!, version: '62.0' });
    expect((await bare.identity()).id).toBe(viaSoap.id);
  });

  it('refuses a bad token with Bad_OAuth_Token and another user\'s URL with Bad_Id', async () => {
    const { id } = await sf.conn.identity();
    const bad = await fetch(`${id}?format=json&oauth_token=forged`);
    expect([bad.status, await bad.text()]).toEqual([403, 'Bad_OAuth_Token']);
    const other = await fetch(id.replace(/005\w+$/, '005Dn000000XXXXXXX'), { headers: { authorization: `Bearer ${sf.conn.accessToken}` } });
    expect([other.status, await other.text()]).toEqual([403, 'Bad_Id']);
  });

  it('serves OpenID Connect userinfo with the identity URL as subject', async () => {
    const info = await sf.conn.request<{ sub: string; preferred_username: string }>('/services/oauth2/userinfo');
    expect(info).toMatchObject({ sub: (await sf.conn.identity()).id, preferred_username: AGENT.username });
  });
});

describe('limits', () => {
  it('counts the API requests really made in DailyApiRequests', async () => {
    const before = await sf.conn.limits();
    expect(before.DailyApiRequests.Max).toBe(15000);
    expect(before.DataStorageMB).toEqual({ Max: 5, Remaining: 5 });
    for (let i = 0; i < 3; i++) await sf.conn.query('SELECT Id FROM Case LIMIT 1');
    const after = await sf.conn.limits();
    // Three queries and the second limits call itself.
    expect(before.DailyApiRequests.Remaining - after.DailyApiRequests.Remaining).toBe(4);
    expect(sf.conn.limitInfo?.apiUsage?.used).toBe(15000 - after.DailyApiRequests.Remaining);
  });
});

describe('recent items', () => {
  it('lists records read by id or through the UI API, most recent first, and drops deleted ones', async () => {
    const [contact, account, lead] = await Promise.all(['Contact', 'Account', 'Lead'].map(async (object) =>
      (await sf.conn.query<{ Id: string }>(`SELECT Id FROM ${object} ORDER BY CreatedDate LIMIT 1`)).records[0].Id));
    await sf.conn.sobject('Contact').retrieve(contact);
    await sf.conn.request(`/services/data/v62.0/ui-api/records/${account}?fields=Account.Name`);
    await sf.conn.sobject('Lead').retrieve(lead);
    const recent = await sf.conn.recent();
    expect(recent.slice(0, 3).map((r) => [r.attributes?.type, r.Id])).toEqual([['Lead', lead], ['Account', account], ['Contact', contact]]);
    expect(recent[1]).toMatchObject({ attributes: { url: `/services/data/v62.0/sobjects/Account/${account}` }, Name: expect.any(String) });
    expect(await sf.conn.recent(1)).toHaveLength(1);

    const scratch = await sf.conn.sobject('Account').create({ Name: 'Viewed Then Gone GmbH' });
    await sf.conn.sobject('Account').retrieve(scratch.id!);
    expect((await sf.conn.recent(1))[0].Id).toBe(scratch.id);
    await sf.conn.sobject('Account').destroy(scratch.id!);
    expect((await sf.conn.recent()).map((r) => r.Id)).not.toContain(scratch.id);
  });
});
