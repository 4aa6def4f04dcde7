import { describe, expect, it } from 'vitest';
import { ADMIN, api, basic, useZendesk } from '../zendesk/client';

const zd = useZendesk();
const ticket = JSON.stringify({ ticket: { subject: 'Planted by another site', comment: { body: 'Cross-site write.' } } });

/**
 * A page on another origin can send `text/plain` and form posts without a preflight, and the
 * browser adds Basic credentials it has cached for the emulator (issue 23, finding 3).
 */
const crossSite = (contentType: string | undefined, body: string) =>
  fetch(`${zd.emulator.url}/api/v2/tickets.json`, {
    method: 'POST',
    body,
    headers: { authorization: basic(`${ADMIN.email}/token`, ADMIN.token), origin: 'http://127.0.0.1:9', ...(contentType ? { 'content-type': contentType } : {}) },
  });

const planted = async () => (await (await api(zd.emulator, '/search.json?query=type:ticket%20%22Planted%20by%20another%20site%22')).json()).count as number;

describe('Zendesk write endpoints accept only JSON', () => {
  it('refuses a cross-origin text/plain post with 415 and changes nothing', async () => {
    const res = await crossSite('text/plain;charset=UTF-8', ticket);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'UnsupportedMediaType', description: expect.any(String) });
    expect(await planted()).toBe(0);
  });

  it('refuses a form post and a body without a content type', async () => {
    expect((await crossSite('application/x-www-form-urlencoded', `ticket=${encodeURIComponent(ticket)}`)).status).toBe(415);
    expect((await crossSite('multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n${ticket}\r\n--x--`)).status).toBe(415);
    const bare = await fetch(`${zd.emulator.url}/api/v2/tickets.json`, { method: 'POST', body: new Blob([ticket]), headers: { authorization: basic(`${ADMIN.email}/token`, ADMIN.token) } });
    expect(bare.status).toBe(415);
    expect(await planted()).toBe(0);
  });

  it('still takes JSON, and requests without a body', async () => {
    const res = await crossSite('application/json; charset=utf-8', ticket);
    expect(res.status).toBe(201);
    expect(await planted()).toBe(1);
    const { ticket: created } = await res.json();
    expect((await api(zd.emulator, `/tickets/${created.id}.json`, { method: 'DELETE', headers: { 'content-type': '' } })).status).toBe(204);
  });

  it('takes raw bytes of any type on Upload Files only', async () => {
    const upload = await fetch(`${zd.emulator.url}/api/v2/uploads.json?filename=call-notes.txt`, {
      method: 'POST', body: 'Customer called twice.', headers: { authorization: basic(`${ADMIN.email}/token`, ADMIN.token), 'content-type': 'text/plain' },
    });
    expect(upload.status).toBe(201);
    expect((await upload.json()).upload.attachment.content_type).toBe('text/plain');
  });
});
