import { archiveKey, type TicketArchive } from './archive';
import { fold, foldedPeople } from './foldedNames';
import { TYPED_FILTER_KEYS, type TicketFilters } from './ticketSearch';

export interface ParsedQuery {
  filters: TicketFilters;
  page: number;
  pageSize: number;
}

const MAX_PAGE_SIZE = 100;

const one = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
};

/** A date gives the whole day: `from` its first second, `to` its last. */
function instant(value: string | undefined, endOfDay: boolean): string | undefined | { error: string } {
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = new Date(dateOnly ? `${value}T${endOfDay ? '23:59:59' : '00:00:00'}Z` : value);
  if (Number.isNaN(parsed.getTime())) return { error: `${value} is not a date (use YYYY-MM-DD or an ISO 8601 time).` };
  return parsed.toISOString().slice(0, 19);
}

/** The keys a filter value is as it stands: an archive key, or a Zendesk or Salesforce id. */
export const keysAsTyped = (value: string) => [value, archiveKey('zendesk', value), archiveKey('salesforce', value)];

/** The archived users a filter value names: by id, CRM id, or any part of their name or email ("mari" finds María García), ignoring case and accents. */
export function usersNamed(archive: TicketArchive, value: string): Set<string> {
  const wanted = fold(value);
  const keys = new Set<string>(keysAsTyped(value));
  const { users, names, emails } = foldedPeople(archive);
  for (let i = 0; i < users.length; i++) {
    if (users[i].id === value || names[i].includes(wanted) || emails[i].includes(wanted)) keys.add(users[i].key);
  }
  return keys;
}

function positive(value: string | undefined, fallback: number, name: string): number | { error: string } {
  if (value === undefined) return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : { error: `${name} must be a whole number from 1.` };
}

/**
 * The user keys an agent or contact filter value names, wherever the users are kept
 * (`TicketIndex.usersNamed`), possibly stopping past `atMost` of them.
 */
export type NamedUsers = (value: string, atMost: number) => Promise<Set<string>>;

/** `GET /cc/v1/tickets` query parameters with the agent and contact filters looked up wherever the users are. */
export async function parseTicketQueryWith(q: Record<string, string | undefined>, named: NamedUsers): Promise<ParsedQuery | { errors: string[] }> {
  const parsed = parseTicketParams(q);
  if ('errors' in parsed) return parsed;
  const [assigneeKeys, requesterKeys] = await Promise.all([parsed.agent, parsed.contact].map((value) => (value === undefined ? undefined : named(value, TYPED_FILTER_KEYS))));
  return { ...parsed, filters: { ...parsed.filters, assigneeKeys, requesterKeys, assigneeNamed: parsed.agent, requesterNamed: parsed.contact } };
}

/** The same over an archive in memory. */
export function parseTicketQuery(q: Record<string, string | undefined>, archive: TicketArchive): ParsedQuery | { errors: string[] } {
  const parsed = parseTicketParams(q);
  if ('errors' in parsed) return parsed;
  const named = (value: string | undefined) => (value === undefined ? undefined : usersNamed(archive, value));
  return { ...parsed, filters: { ...parsed.filters, assigneeKeys: named(parsed.agent), requesterKeys: named(parsed.contact) } };
}

/** The query parameters, or every problem with them; the agent and contact filters as typed. */
function parseTicketParams(q: Record<string, string | undefined>): (ParsedQuery & { agent?: string; contact?: string }) | { errors: string[] } {
  const from = instant(one(q.from), false);
  const to = instant(one(q.to), true);
  const page = positive(one(q.page), 1, 'page');
  const pageSize = positive(one(q.pageSize), 20, 'pageSize');
  const errors = [from, to, page, pageSize].flatMap((v) => (typeof v === 'object' && v !== null ? [v.error] : []));
  if (errors.length > 0) return { errors };
  const filters: TicketFilters = {
    status: one(q.status),
    channel: one(q.channel),
    from: from as string | undefined,
    to: to as string | undefined,
    q: one(q.q),
  };
  return { filters, agent: one(q.agent), contact: one(q.contact), page: page as number, pageSize: Math.min(pageSize as number, MAX_PAGE_SIZE) };
}
