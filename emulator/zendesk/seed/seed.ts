import { daysAgo, type DemoStory, type StoryZendeskTicket } from '../../seed/story';
import { isoTime, type ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { createOrganization } from '../organizations/organizations';
import { importTicket } from '../tickets/tickets';
import { createUser } from '../users/users';
import { newCallSid, recordingPath } from '../voice/recordings';

/**
 * Loads the story's Zendesk account through the functions the API uses (sign-ins are
 * hashed apart, in seed/credentials.ts): agents and end
 * users (some without email, one inactive), their organizations, and tickets through the
 * Ticket Import path so that they keep their history.
 */
export function seedZendesk(state: ZendeskState, story: DemoStory): void {
  const now = state.now();
  const byKey = new Map<string, User>();
  for (const agent of story.zendesk.agents) {
    byKey.set(agent.key, createUser(state, { name: agent.name, email: agent.email, role: agent.role, verified: true, created_at: isoTime(daysAgo(400, now)) }));
  }
  const people = new Map(story.people.map((p) => [p.key, p]));
  const accounts = new Map(story.accounts.map((a) => [a.key, a]));
  const organizationIds = new Map<string, number>();
  for (const user of story.zendesk.users) {
    const person = user.personKey ? people.get(user.personKey) : undefined;
    const account = person?.accountKey ? accounts.get(person.accountKey) : undefined;
    if (account && !organizationIds.has(account.key)) {
      const domain = new URL(account.website).hostname.replace(/^www\./, '');
      organizationIds.set(account.key, createOrganization(state, { name: account.name, domain_names: [domain], external_id: account.accountNumber }).id);
    }
    const createdAt = person ? `${person.customerSince}T09:00:00Z` : isoTime(daysAgo(90, now));
    byKey.set(
      user.key,
      createUser(state, {
        name: user.name,
        email: user.email,
        phone: user.phone,
        role: user.role,
        active: user.active,
        organization_id: account ? organizationIds.get(account.key) : undefined,
        external_id: user.personKey ?? null,
        created_at: createdAt,
      }),
    );
  }
  const admin = byKey.get(story.zendesk.agents.find((a) => a.role === 'admin')!.key)!;
  for (const ticket of story.zendesk.tickets) importTicket(state, importInput(ticket, byKey, story.company.supportNumber, now), admin);
}

function importInput(ticket: StoryZendeskTicket, users: Map<string, User>, supportNumber: string, now: Date) {
  const created = daysAgo(ticket.createdDaysAgo, now);
  const at = (minutes: number) => isoTime(new Date(created.getTime() + minutes * 60_000));
  const requester = users.get(ticket.requesterKey)!;
  const assignee = users.get(ticket.assigneeKey);
  const solvedAt = ticket.solvedDaysAgo === null ? undefined : isoTime(daysAgo(ticket.solvedDaysAgo, now));
  const lastComment = Math.max(0, ...ticket.comments.map((c) => c.minutesAfter));
  const updatedAt = [solvedAt, at(lastComment)].filter((t): t is string => Boolean(t)).sort().at(-1);
  return {
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    requester_id: requester.id,
    submitter_id: requester.id,
    assignee_id: assignee?.id ?? null,
    tags: ticket.tags,
    via: { channel: ticket.channel },
    created_at: isoTime(created),
    updated_at: updatedAt,
    solved_at: solvedAt,
    comments: ticket.comments.map((c) => ({ author_id: users.get(c.authorKey)!.id, body: c.body, public: c.public, created_at: at(c.minutesAfter) })),
    voice_comment: ticket.recording
      ? {
          from: requester.phone ?? '',
          to: supportNumber,
          recording_url: recordingPath(newCallSid()),
          started_at: isoTime(created),
          call_duration: ticket.recording.durationSeconds,
          answered_by_id: assignee?.id ?? null,
          created_at: at(0),
        }
      : undefined,
  };
}
