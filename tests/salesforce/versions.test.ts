import jsforce from 'jsforce';
import { describe, expect, it } from 'vitest';
import { AGENT, useSalesforce } from './connect';

const sf = useSalesforce();

describe('Salesforce API versions', () => {
  it('lists every served version, 31.0 through 67.0, with its release label and root', async () => {
    const versions = await sf.conn.request<{ label: string; url: string; version: string }[]>('/services/data');
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 37 }, (_, i) => `${31 + i}.0`));
    expect(versions[0]).toEqual({ label: "Summer '14", url: '/services/data/v31.0', version: '31.0' });
    expect(versions.find((v) => v.version === '45.0')?.label).toBe("Spring '19");
    expect(versions.find((v) => v.version === '62.0')?.label).toBe("Winter '25");
    expect(versions.at(-1)).toEqual({ label: "Summer '26", url: '/services/data/v67.0', version: '67.0' });
  });

  it.each(['31.0', '45.0', '63.0', '65.0', '67.0'])('logs in over SOAP and queries with API version %s', async (version) => {
    const conn = new jsforce.Connection({ loginUrl: sf.emulator.url, version });
    await conn.login(AGENT.username, AGENT.password);
    const result = await conn.query<{ Name: string; attributes: { type: string; url: string } }>('SELECT Name FROM Account LIMIT 1');
    expect(result.records[0].attributes.url).toContain(`/services/data/v${version}/sobjects/Account/`);
    expect((await conn.describe('Contact')).urls.describe).toBe(`/services/data/v${version}/sobjects/Contact/describe`);
  });

  it('answers 410 GONE for a retired version and 404 for one not released', async () => {
    const call = (version: string) => fetch(`${sf.emulator.url}/services/data/${version}/sobjects`, { headers: { Authorization: `Bearer ${sf.conn.accessToken}` } });
    const retired = await call('v30.0');
    expect(retired.status).toBe(410);
    expect((await retired.json())[0].errorCode).toBe('GONE');
    expect((await call('v68.0')).status).toBe(404);
    expect((await call('v45.0')).status).toBe(200);
  });
});
