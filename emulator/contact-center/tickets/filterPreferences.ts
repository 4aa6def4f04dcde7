import { TICKET_FILTERS } from '../../../shared/contract/tickets';
import type { ContactCenterData } from '../data';

type FilterName = (typeof TICKET_FILTERS)[number];

/** The filters an agent shows in the ticket search panel: their own choice, else every filter. */
export function filterPreferencesOf(data: ContactCenterData, agentId: string): FilterName[] {
  const chosen = data.ticketFilterPreferences?.[agentId];
  return chosen ? TICKET_FILTERS.filter((name) => chosen.includes(name)) : [...TICKET_FILTERS];
}
