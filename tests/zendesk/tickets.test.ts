import { describe, expect, it } from 'vitest';
import { failure, reply, SEEDED_TICKETS, useZendesk } from './client';

const zd = useZendesk();

interface Comment {
  type: string;
  body: string;
  public: boolean;
  author_id: number;
  via: { channel: string };
  created_at: string;
  attachments: unknown[];
  data?: { recording_url: string; call_duration: number };
}

describe('Zendesk tickets through node-zendesk', () => {
  it('lists every seeded ticket across cursor pages, with realistic fields', async () => {
    const tickets = (await zd.client.tickets.list()) as { status: string; via: { channel: string }; requester_id: number; tags: string[] }[];
    expect(tickets).toHaveLength(SEEDED_TICKETS);
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['new', 'open', 'pending', 'hold', 'solved', 'closed']));
    expect(new Set(tickets.map((t) => t.via.channel))).toEqual(new Set(['email', 'chat', 'voice', 'web', 'api']));
  });

  it('creates a ticket with its first comment and a new requester, then shows it', async () => {
    const { result: ticket } = await zd.client.tickets.create({
      ticket: {
        subject: 'Router keeps rebooting',
        comment: { body: 'Since this morning the router reboots every ten minutes.' },
        requester: { name: 'Nina Petrova', email: 'nina.petrova@example.org' },
        priority: 'high',
        type: 'incident',
        tags: ['router', 'Fibre Plus'],
        custom_fields: [{ id: 360001, value: 'FTTH-1234' }],
      },
    });
    expect(ticket).toMatchObject({ subject: 'Router keeps rebooting', status: 'new', priority: 'high', type: 'incident', tags: ['router', 'fibre_plus'] });
    expect(ticket.description).toBe('Since this morning the router reboots every ten minutes.');
    expect(ticket.custom_fields).toEqual([{ id: 360001, value: 'FTTH-1234' }]);
    const { result: requester } = await zd.client.users.show(ticket.requester_id);
    expect(requester.email).toBe('nina.petrova@example.org');
    const { result: shown } = await zd.client.tickets.show(ticket.id);
    expect(shown.id).toBe(ticket.id);
  });

  it('adds a private comment on update and keeps the conversation in order', async () => {
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Billing question', comment: { body: 'Why was I charged twice?' } } });
    const { result: updated } = await zd.client.tickets.update(ticket.id, { ticket: { status: 'pending', comment: { body: 'Checking with billing.', public: false } } });
    expect(updated.status).toBe('pending');
    const comments = (await zd.client.tickets.getComments(ticket.id)) as Comment[];
    expect(comments.map((c) => [c.body, c.public, c.type])).toEqual([
      ['Why was I charged twice?', true, 'Comment'],
      ['Checking with billing.', false, 'Comment'],
    ]);
    expect(comments[0].via.channel).toBe('api');
    expect(comments[0].attachments).toEqual([]);
  });

  it("lists a user's requested tickets", async () => {
    const [maria] = (await zd.client.users.search({ query: 'maria.garcia@acme.example' })) as { id: number }[];
    const requested = (await zd.client.tickets.listByUserRequested(maria.id)) as { requester_id: number }[];
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((t) => t.requester_id === maria.id)).toBe(true);
  });

  it('shows many tickets by id', async () => {
    const { result } = await zd.client.tickets.showMany([1, 2, 3]);
    expect((result as { id: number }[]).map((t) => t.id)).toEqual([1, 2, 3]);
  });

  it('keeps the seeded comment history and voice recordings', async () => {
    const tickets = (await zd.client.tickets.list()) as { id: number; via: { channel: string } }[];
    const voiceTicket = tickets.find((t) => t.via.channel === 'voice')!;
    const comments = (await zd.client.tickets.getComments(voiceTicket.id)) as Comment[];
    const voice = comments.find((c) => c.type === 'VoiceComment')!;
    expect(voice.public).toBe(false);
    expect(voice.data!.call_duration).toBeGreaterThan(0);
    expect(voice.data!.recording_url).toMatch(new RegExp(`^${zd.emulator.url}/api/v2/channels/voice/calls/CA[0-9a-f]{32}/twilio/call/recording$`));
    const audio = await fetch(voice.data!.recording_url);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await audio.arrayBuffer()).subarray(0, 4).toString('ascii')).toBe('RIFF');
    const times = comments.map((c) => c.created_at);
    expect([...times].sort()).toEqual(times);
  });

  it('deletes a ticket: 204, then 404', async () => {
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Spam', comment: { body: 'Buy now' } } });
    const deleted = await reply(zd.client.tickets.delete(ticket.id));
    expect(deleted.response.status).toBe(204);
    const error = await failure(zd.client.tickets.show(ticket.id));
    expect(error.statusCode).toBe(404);
    expect(error.result).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('refuses updates to a closed ticket and a ticket without a comment', async () => {
    const tickets = (await zd.client.tickets.list()) as { id: number; status: string }[];
    const closed = tickets.find((t) => t.status === 'closed')!;
    const error = await failure(zd.client.tickets.update(closed.id, { ticket: { status: 'open' } }));
    expect(error.statusCode).toBe(422);
    expect(error.result).toMatchObject({ error: 'RecordInvalid', details: { status: [{ description: 'Status: closed prevents ticket update' }] } });
    const blank = await failure(zd.client.tickets.create({ ticket: { subject: 'No words' } }));
    expect(blank.statusCode).toBe(422);
  });

  it('lists and creates organizations', async () => {
    const organizations = (await zd.client.organizations.list()) as { name: string }[];
    expect(organizations.length).toBeGreaterThan(0);
    const { result } = await reply<{ id: number }>(zd.client.organizations.create({ organization: { name: 'Nordlicht GmbH' } }));
    const { result: shown } = await reply<{ name: string }>(zd.client.organizations.show(result.id));
    expect(shown.name).toBe('Nordlicht GmbH');
    const duplicate = await failure(zd.client.organizations.create({ organization: { name: 'Nordlicht GmbH' } }));
    expect(duplicate.statusCode).toBe(422);
  });
});
