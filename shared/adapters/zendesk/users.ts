import type { TicketUser, UsersPort } from '../../ports/usersPort';
import type { ZendeskApi } from './api';
import { exportQuery, nextCursor, perPageQuery, type CursorPage } from './exportParams';

export interface ZendeskUser {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export function toTicketUser(user: ZendeskUser): TicketUser {
  return {
    crm: 'zendesk',
    id: String(user.id),
    name: user.name,
    email: user.email ?? null,
    phone: user.phone ?? null,
    role: user.role,
    active: user.active,
    createdAt: user.created_at,
    updatedAt: user.updated_at,
  };
}

/** Users through the cursor-based incremental export (`/incremental/users/cursor.json`). */
export function zendeskUsers(api: ZendeskApi): UsersPort {
  return {
    async exportUsers(start, options = {}) {
      const page = await api.call<CursorPage & { users: ZendeskUser[] }>(`/incremental/users/cursor.json?${exportQuery(start)}${perPageQuery(options)}`);
      return { items: page.users.map(toTicketUser), cursor: nextCursor(page, start), end: page.end_of_stream === true };
    },
  };
}
