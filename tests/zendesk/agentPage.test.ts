import { describe, expect, it } from 'vitest';
import { ADMIN, basic, useZendesk } from './client';

describe('the agent view of a ticket at /agent/tickets/{id}', () => {
  const zd = useZendesk();

  it('asks a browser for credentials, then shows the ticket with its conversation', async () => {
    const url = `${zd.emulator.url}/agent/tickets/1`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="Zendesk"/);
    expect((await fetch(url, { headers: { authorization: basic(ADMIN.email, 'wrong') } })).status).toBe(401);

    const res = await fetch(url, { headers: { authorization: basic(ADMIN.email, ADMIN.password) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>#1 Internet drops every evening</h1>');
    expect(html).toContain('router lights blink orange');
  });

  it('answers 404 for a ticket that does not exist', async () => {
    const res = await fetch(`${zd.emulator.url}/agent/tickets/999999`, { headers: { authorization: basic(ADMIN.email, ADMIN.password) } });
    expect(res.status).toBe(404);
  });
});
