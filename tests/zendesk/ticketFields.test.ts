import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ADMIN, api, failure, reply, useZendesk } from './client';

const zd = useZendesk();

interface TicketField {
  id: number;
  type: string;
  title: string;
  custom_field_options: { id: number; name: string; value: string }[];
}

describe('Zendesk ticket fields, forms and tags', () => {
  it('creates custom fields, checks values against them and sets a drop-down option’s tag', async () => {
    const { result: plan } = await reply<TicketField>(zd.client.ticketfields.create({
      ticket_field: { type: 'tagger', title: 'Plan', custom_field_options: [{ name: 'Fibre 1000', value: 'plan_fibre_1000' }, { name: 'DSL 100', value: 'plan_dsl_100' }] },
    }));
    expect(plan.custom_field_options.map((o) => o.value)).toEqual(['plan_fibre_1000', 'plan_dsl_100']);
    const { result: outage } = await reply<TicketField>(zd.client.ticketfields.create({ ticket_field: { type: 'checkbox', title: 'Outage related' } }));
    const { result: options } = await reply<{ custom_field_options: { value: string }[] }>(zd.client.ticketfields.listOptions(plan.id));
    expect(options.custom_field_options.map((o) => o.value)).toEqual(['plan_fibre_1000', 'plan_dsl_100']);
    const fields = (await zd.client.ticketfields.list()) as unknown as TicketField[];
    expect(fields.map((f) => f.title)).toEqual(expect.arrayContaining(['Plan', 'Outage related']));

    const { result: ticket } = await zd.client.tickets.create({
      ticket: { subject: 'Upgrade please', comment: { body: 'I want more speed.' }, custom_fields: [{ id: plan.id, value: 'plan_dsl_100' }, { id: outage.id, value: false }] },
    });
    expect(ticket.custom_fields).toEqual([{ id: plan.id, value: 'plan_dsl_100' }, { id: outage.id, value: false }]);
    expect(ticket.tags).toContain('plan_dsl_100');

    const error = await failure(zd.client.tickets.update(ticket.id, { ticket: { custom_fields: [{ id: plan.id, value: 'plan_satellite' }] } }));
    expect(error.statusCode).toBe(422);
    expect(error.result).toMatchObject({ error: 'RecordInvalid', details: { base: [{ error: 'InvalidValue' }] } });

    const { result: renamed } = await reply<TicketField>(zd.client.ticketfields.update(outage.id, { ticket_field: { title: 'Caused by an outage' } }));
    expect(renamed.title).toBe('Caused by an outage');
    await zd.client.ticketfields.delete(outage.id);
    expect((await failure(zd.client.ticketfields.show(outage.id))).statusCode).toBe(404);
  });

  it('creates a ticket form and a ticket that uses it', async () => {
    const { result: field } = await reply<TicketField>(zd.client.ticketfields.create({ ticket_field: { type: 'text', title: 'Contract number' } }));
    const { result: form } = await reply<{ id: number; name: string; ticket_field_ids: number[] }>(zd.client.ticketforms.create({ ticket_form: { name: 'Billing', ticket_field_ids: [field.id] } }));
    expect(form).toMatchObject({ name: 'Billing', ticket_field_ids: [field.id] });
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Invoice', comment: { body: 'Wrong amount.' }, ticket_form_id: form.id } as never });
    expect((ticket as unknown as { ticket_form_id: number }).ticket_form_id).toBe(form.id);
    const unknown = await api(zd.emulator, '/tickets.json', { method: 'POST', body: JSON.stringify({ ticket: { comment: { body: 'x' }, ticket_form_id: 1 } }) });
    expect(unknown.status).toBe(422);
    const forms = (await zd.client.ticketforms.list()) as unknown as { id: number }[];
    expect(forms.map((f) => f.id)).toContain(form.id);
  });

  it('sets, adds and removes a ticket’s tags', async () => {
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Tags', comment: { body: 'Tag me.' }, tags: ['billing'] } });
    // node-zendesk's tag methods go through its paging helper, which answers a list of bodies.
    const [set] = (await zd.client.tickets.updateTags(ticket.id, { tags: ['Fibre', 'callback'] } as never)) as unknown as { tags: string[] }[];
    expect(set.tags).toEqual(['fibre', 'callback']);
    const added = await (await api(zd.emulator, `/tickets/${ticket.id}/tags.json`, { method: 'PUT', body: JSON.stringify({ tags: ['vip', 'fibre'] }) })).json();
    expect(added.tags).toEqual(['fibre', 'callback', 'vip']);
    const removed = await api(zd.emulator, `/tickets/${ticket.id}/tags.json`, { method: 'DELETE', body: JSON.stringify({ tags: ['callback'] }) });
    expect(removed.status).toBe(204);
    expect((await (await api(zd.emulator, `/tickets/${ticket.id}/tags.json`)).json()).tags).toEqual(['fibre', 'vip']);
    const accountTags = (await zd.client.tags.list()) as { name: string; count: number }[];
    expect(accountTags.find((t) => t.name === 'vip')?.count).toBeGreaterThanOrEqual(1);
  });
});

describe('Zendesk satisfaction ratings and attachments', () => {
  it('lets the requester rate a solved ticket, as an admin acting on their behalf', async () => {
    const { result: token } = await reply<{ full_token: string }>(zd.client.oauthtokens.create({ token: { client_id: 1, scopes: ['read', 'write', 'impersonate'] } } as never));
    const { result: requester } = await zd.client.users.create({ user: { name: 'Sofia Rossi', email: 'sofia.rossi@example.org' } });
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Modem swap', comment: { body: 'Please swap my modem.' }, requester_id: requester.id } });
    const asSofia = (path: string, init: RequestInit = {}) =>
      fetch(`${zd.emulator.url}/api/v2${path}`, { ...init, headers: { authorization: `Bearer ${token.full_token}`, 'x-on-behalf-of': 'sofia.rossi@example.org', 'content-type': 'application/json' } });
    const rate = () => asSofia(`/tickets/${ticket.id}/satisfaction_rating.json`, { method: 'POST', body: JSON.stringify({ satisfaction_rating: { score: 'good', comment: 'Quick and friendly!' } }) });

    expect((await rate()).status).toBe(422);
    await zd.client.tickets.update(ticket.id, { ticket: { status: 'solved' } });
    const rated = await rate();
    expect(rated.status).toBe(200);
    const { satisfaction_rating: rating } = await rated.json();
    expect(rating).toMatchObject({ ticket_id: ticket.id, requester_id: requester.id, score: 'good', comment: 'Quick and friendly!' });

    const byAdmin = await failure(zd.client.satisfactionratings.create(ticket.id, { satisfaction_rating: { score: 'bad' } }));
    expect(byAdmin.statusCode).toBe(403);
    expect((await zd.client.tickets.show(ticket.id)).result.satisfaction_rating).toMatchObject({ id: rating.id, score: 'good' });
    const listed = (await zd.client.satisfactionratings.list()) as unknown as { id: number }[];
    expect(listed.map((r) => r.id)).toContain(rating.id);
    const { result: shown } = await reply<{ satisfaction_rating: { score: string } }>(zd.client.satisfactionratings.show(rating.id));
    expect(shown.satisfaction_rating).toMatchObject({ score: 'good' });
  });

  it('uploads a file, attaches it with a comment and serves it back with its type', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const { upload } = (await zd.client.attachments.upload(Readable.from([png]) as never, { filename: 'router-lights.png', binary: true } as never)) as unknown as { upload: { token: string; attachment: { content_type: string; size: number } } };
    expect(upload.attachment).toMatchObject({ content_type: 'image/png', size: png.length });

    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Lights', comment: { body: 'See the photo.', uploads: [upload.token] } as never } });
    const comments = (await zd.client.tickets.getComments(ticket.id)) as { attachments: { file_name: string; content_url: string; content_type: string }[] }[];
    const [attachment] = comments[0].attachments;
    expect(attachment).toMatchObject({ file_name: 'router-lights.png', content_type: 'image/png' });
    const file = await fetch(attachment.content_url);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(png);

    const reused = await api(zd.emulator, `/tickets/${ticket.id}.json`, { method: 'PUT', body: JSON.stringify({ ticket: { comment: { body: 'Again', uploads: [upload.token] } } }) });
    expect(reused.status).toBe(422);
  });

  it('serves an uploaded page as a download that cannot run scripts', async () => {
    const res = await fetch(`${zd.emulator.url}/api/v2/uploads.json?filename=notes.html`, {
      method: 'POST', body: '<script>alert(1)</script>',
      headers: { authorization: `Basic ${Buffer.from(`${ADMIN.email}/token:${ADMIN.token}`).toString('base64')}`, 'content-type': 'text/html' },
    });
    expect(res.status).toBe(201);
    const { upload } = await res.json();
    const file = await fetch(upload.attachment.content_url);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
  });
});
