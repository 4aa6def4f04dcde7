import { z } from 'zod';
import { crm, isoTime } from './common';
import { defineRoute } from './route';

const datePattern = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const date = z.string().regex(datePattern, 'a date: YYYY-MM-DD or an ISO 8601 time');
const pageNumber = z.string().regex(/^[1-9]\d{0,6}$/, 'a whole number from 1');

const person = z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), role: z.string().nullable(), active: z.boolean().nullable() }).nullable();

const recording = z.object({ url: z.string(), durationSeconds: z.number().optional() });

export const ticketSummary = z
  .object({
    id: z.string(),
    crm,
    crmId: z.string(),
    subject: z.string(),
    status: z.string(),
    channel: z.string(),
    priority: z.string().nullable(),
    createdAt: isoTime,
    solvedAt: isoTime.nullable(),
    requester: person,
    assignee: person,
    recordings: z.number(),
    crmUrl: z.string(),
  })
  .meta({ id: 'TicketSummary' });

export const ticketDetail = ticketSummary
  .extend({
    description: z.string(),
    updatedAt: isoTime,
    transcript: z.array(z.object({ id: z.string(), author: person, body: z.string(), public: z.boolean(), createdAt: isoTime, channel: z.string().optional() })),
    recordings: z.array(recording),
  })
  .meta({ id: 'TicketDetail' });

/** Search and view imported tickets (§8.4). */
export const ticketRoutes = {
  searchTickets: defineRoute({
    operationId: 'searchTickets',
    method: 'get',
    path: '/tickets',
    summary: 'Search imported tickets by status, channel, agent, contact, date range and text',
    tag: 'tickets',
    access: 'agent',
    query: z.object({
      status: z.string().max(40).optional(),
      channel: z.string().max(40).optional(),
      agent: z.string().max(320).optional(),
      contact: z.string().max(320).optional(),
      from: date.optional(),
      to: date.optional(),
      q: z.string().max(500).optional(),
      page: pageNumber.optional(),
      pageSize: pageNumber.optional(),
    }),
    responses: { 200: z.object({ tickets: z.array(ticketSummary), total: z.number(), page: z.number(), pageSize: z.number() }) },
    invalidCode: 'invalid_query',
  }),
  getTicket: defineRoute({
    operationId: 'getTicket',
    method: 'get',
    path: '/tickets/{id}',
    summary: 'One imported ticket: transcript, recordings, and the link back to its CRM',
    tag: 'tickets',
    access: 'agent',
    params: z.object({ id: z.string().min(1).max(200) }),
    responses: { 200: ticketDetail },
    errors: [404],
  }),
} as const;
