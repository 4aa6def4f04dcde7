import { z } from 'zod';
import { crm, isoTime } from './common';
import { defineRoute } from './route';

const datePattern = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const date = z.string().regex(datePattern, 'a date: YYYY-MM-DD or an ISO 8601 time');
const pageNumber = z.string().regex(/^[1-9]\d{0,6}$/, 'a whole number from 1');

const person = z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), role: z.string().nullable(), active: z.boolean().nullable() }).nullable();

const recording = z.object({ url: z.string(), durationSeconds: z.number().optional() });

/** A push source of the open import API (issue 24): `push-` and the source's own name. */
export const pushOrigin = z.templateLiteral(['push-', z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/)]).meta({ id: 'PushSourceId' });

/** A CRM the import reads, or a push source. */
const ticketOrigin = z.union([crm, pushOrigin]);

export const ticketSummary = z
  .object({
    id: z.string(),
    crm: ticketOrigin,
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
    /** Other imported tickets of the same contact, newest first (at most 10). */
    related: z.array(ticketSummary).optional(),
  })
  .meta({ id: 'TicketDetail' });

/** For status and channel, how many tickets of the query hold each value (without that facet's own filter). */
const facetCounts = z.object({ status: z.record(z.string(), z.number()), channel: z.record(z.string(), z.number()) }).meta({ id: 'TicketFacets' });

/** The filters of the search panel an agent can show or hide (seed 004: the view of the filter panel is adjustable). */
export const TICKET_FILTERS = ['q', 'status', 'channel', 'agent', 'contact', 'from', 'to'] as const;
const filterPreferences = z.object({ visibleFilters: z.array(z.enum(TICKET_FILTERS)).max(TICKET_FILTERS.length) }).meta({ id: 'TicketFilterPreferences' });

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
      sort: z.enum(['relevance', 'created', 'updated']).optional(),
    }),
    responses: { 200: z.object({ tickets: z.array(ticketSummary), total: z.number(), page: z.number(), pageSize: z.number(), facets: facetCounts }) },
    invalidCode: 'invalid_query',
  }),
  suggestTicketPeople: defineRoute({
    operationId: 'suggestTicketPeople',
    method: 'get',
    path: '/tickets/people',
    summary: 'Agents or contacts of imported tickets whose name or email contains what the agent typed (suggestions for the filters)',
    tag: 'tickets',
    access: 'agent',
    query: z.object({ role: z.enum(['agent', 'contact']), q: z.string().min(1).max(320) }),
    responses: { 200: z.object({ people: z.array(z.object({ name: z.string(), email: z.string() })) }) },
    invalidCode: 'invalid_query',
  }),
  getTicketPreferences: defineRoute({
    operationId: 'getTicketPreferences',
    method: 'get',
    path: '/tickets/preferences',
    summary: 'The filters this agent shows in the search panel',
    tag: 'tickets',
    access: 'agent',
    responses: { 200: filterPreferences },
  }),
  putTicketPreferences: defineRoute({
    operationId: 'putTicketPreferences',
    method: 'put',
    path: '/tickets/preferences',
    summary: 'Choose the filters this agent shows in the search panel; remembered for the agent',
    tag: 'tickets',
    access: 'agent',
    body: filterPreferences,
    responses: { 200: filterPreferences },
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
