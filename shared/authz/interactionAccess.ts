/**
 * Who may read or act on an interaction (issue 23, finding 2). The agent an interaction is
 * assigned to handles it; supervisors and admins read everything and may step in, each
 * step-in leaving an audit entry; other agents see nothing of it. The customer's side of
 * the conversation (the caller hanging up, the chat's inbound messages, IVR answers) is a
 * party of its own, proven by the capability the channel received when it started the
 * interaction, not by an agent's session.
 */

export type StaffRole = 'agent' | 'supervisor' | 'admin';

/** The one asking: a signed-in staff member, or the customer's side of one interaction. */
export type Actor = { kind: 'staff'; id: string; role: StaffRole } | { kind: 'customer'; interactionId: string };

/**
 * `read`: see it; `handle`: the agent's work (answer, link, unlink, visited, outbound
 * message, wrap-up, transfer); `customer`: what the customer does (hang up, write, answer
 * the IVR).
 */
export type InteractionAction = 'read' | 'handle' | 'customer';

export type AccessDecision = { allowed: true; audit: boolean } | { refused: 'not-assigned' | 'not-the-customer' };

const seesAll = (role: StaffRole) => role === 'supervisor' || role === 'admin';

export function decideInteractionAccess(actor: Actor, interaction: { id: string; agentId?: string | null }, action: InteractionAction): AccessDecision {
  if (actor.kind === 'customer') {
    if (actor.interactionId !== interaction.id) return { refused: 'not-the-customer' };
    return action === 'handle' ? { refused: 'not-assigned' } : { allowed: true, audit: false };
  }
  const assigned = !!interaction.agentId && interaction.agentId === actor.id;
  if (assigned) return { allowed: true, audit: false };
  if (seesAll(actor.role)) return { allowed: true, audit: action !== 'read' };
  // Before an agent is assigned (IVR, queue) the channel integration answers for the customer.
  if (action === 'customer' && !interaction.agentId) return { allowed: true, audit: false };
  return { refused: 'not-assigned' };
}

/** Whose interactions a list shows: agents only their own; supervisors and admins anyone's. */
export function decideListScope(actor: { id: string; role: StaffRole }, requestedAgentId: string | undefined): { agentId?: string } | { refused: 'not-assigned' } {
  if (seesAll(actor.role)) return { agentId: requestedAgentId };
  if (requestedAgentId !== undefined && requestedAgentId !== actor.id) return { refused: 'not-assigned' };
  return { agentId: actor.id };
}
