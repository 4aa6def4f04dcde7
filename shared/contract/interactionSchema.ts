import { z } from 'zod';
import { DIGITAL_STATES, VOICE_STATES } from '../vocabulary/interaction';
import { channel, crm, isoTime, recordRef } from './common';

export const interactionState = z.union([z.enum(VOICE_STATES), z.enum(DIGITAL_STATES)]).meta({ id: 'InteractionState' });

export const ivrMatch = z.object({ crm, object: z.string(), id: z.string(), name: z.string() });

/** One data action step of an IVR lookup: found, not found, failed (and why) or skipped for want of input. */
export const ivrActionRun = z
  .object({
    action: z.string(),
    outcome: z.enum(['found', 'not-found', 'error', 'skipped']),
    reason: z.string().optional(),
    detail: z.string().optional(),
    ms: z.number(),
  })
  .meta({ id: 'IvrActionRun' });

/** What the IVR found (§7.1-7.2): the outcome, every match, the greeting, each identifier tried. */
export const ivrResult = z
  .object({
    outcome: z.enum(['identified', 'ambiguous', 'not-identified']),
    matches: z.array(ivrMatch),
    greeting: z.string(),
    attempts: z.array(z.object({ kind: z.string(), value: z.string(), at: isoTime })),
    /** CRMs the lookup went on without: down, or slower than the IVR's time budget. */
    skipped: z.array(z.object({ crm: z.string(), reason: z.string() })).optional(),
    /** Customer facts the lookup plan's data actions gave (issue 19), beside the CRM record's own. */
    facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** How each data action step went; a failed one names why, and the call went on without it. */
    actions: z.array(ivrActionRun).optional(),
  })
  .meta({ id: 'IvrResult' });

/** The routing decision (§7.3): a queue, at most 5 skills, and why. */
export const routingResult = z
  .object({
    queue: z.string(),
    skills: z.array(z.string()),
    reasons: z.array(z.string()),
    /** Set by a transfer to a named agent: only that agent may take the interaction. */
    agentId: z.string().optional(),
  })
  .meta({ id: 'RoutingResult' });

export const interactionMessage = z
  .object({ from: z.string(), text: z.string(), at: isoTime, direction: z.enum(['inbound', 'outbound']) })
  .meta({ id: 'InteractionMessage' });

/** A record opened on answer (§7.6): the caller's open case, or the caller with the offer of a new case. */
const screenPop = recordRef.extend({ url: z.string(), opens: z.enum(['case', 'customer']).optional(), offerNewCase: z.boolean().optional() });

/** What the alert and the card's *Current interaction* show (issue 15 item 4), computed by the service. */
export const interactionContext = z
  .object({
    /** The identified customer; absent for an ambiguous caller (the UI lists `ivr.matches`). */
    customerName: z.string().optional(),
    facts: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
    queue: z.object({ key: z.string(), name: z.string() }).optional(),
    skills: z.array(z.object({ key: z.string(), name: z.string() })),
    /** Why the interaction came to this queue and these skills, one sentence each. */
    reasons: z.array(z.string()),
  })
  .meta({ id: 'InteractionContext' });

/** One whole conversation with an agent through one channel: the one shape of an interaction. */
export const interactionSchema = z
  .object({
    id: z.string(),
    channel,
    state: interactionState,
    /** The phone number, email address or handle the contact used. */
    from: z.string(),
    to: z.string().optional(),
    subject: z.string().optional(),
    cardId: z.string().optional(),
    agentId: z.string().optional(),
    queuedAt: isoTime.optional(),
    startedAt: isoTime,
    answeredAt: isoTime.optional(),
    endedAt: isoTime.optional(),
    acwCompletedAt: isoTime.optional(),
    closedAt: isoTime.optional(),
    transferredAt: isoTime.optional(),
    unassignedAt: isoTime.optional(),
    messages: z.array(interactionMessage),
    ivr: ivrResult.optional(),
    routing: routingResult.optional(),
    participantData: z.record(z.string(), z.unknown()),
    /** The interaction record in each CRM (Salesforce Task, ServiceNow interaction). */
    interactionRecords: z.array(recordRef),
    /** The record found by the IVR in the primary CRM, opened on answer (§7.6). */
    screenPop: screenPop.optional(),
    /** The same caller's record in each connected CRM, for whichever CRM page the agent works in. */
    screenPops: z.array(screenPop).optional(),
    /** The agent's wrap-up (§2.2): it goes into the interaction record when the interaction closes. */
    /** When after-call work completes by itself (config `wrapUp.maxSeconds`). */
    acwDeadline: isoTime.optional(),
    /** When the agent accepted a digital interaction assigned to them. */
    acceptedAt: isoTime.optional(),
    context: interactionContext.optional(),
    /** The agent's wrap-up: the disposition's code and, as the configuration named it then, its label. */
    wrapUp: z.object({ disposition: z.string().max(80).optional(), dispositionLabel: z.string().max(120).optional(), notes: z.string().max(4000).optional() }).optional(),
    /** Records the agent opened while the interaction was going on, oldest first. */
    visited: z.array(recordRef.extend({ at: isoTime })),
    history: z.array(z.object({ state: interactionState, at: isoTime, event: z.string() })),
  })
  .meta({ id: 'Interaction' });

/**
 * The customer side's capability for a new interaction: sent back in the
 * `x-cc-customer-token` header, it lets the channel act as the customer (hang up, write,
 * answer the IVR) and read that one interaction, and nothing else (issue 23).
 */
export const customerToken = z.string().min(16);
