import type { Pool, PoolClient } from 'pg';
import type { ArchivedTicket, ArchivedUser } from '../archive';
import { foldedUser } from '../foldedNames';
import { ticketBody } from '../ticketBody';
import { ticketLanguage } from './ticketLanguage';

type Db = Pool | PoolClient;

/** The last of each key: one statement cannot write a row twice. */
const lastOfEach = <T extends { key: string }>(items: readonly T[]) => [...new Map(items.map((item) => [item.key, item])).values()];

/**
 * Stores tickets as one statement: the filter columns and the text document are taken from the
 * ticket's JSON in the database, the body and language from here (the same body the in-memory
 * index reads). `to_tsvector` stems each ticket with its own language's configuration.
 */
export async function upsertTickets(db: Db, tickets: readonly ArchivedTicket[]): Promise<void> {
  if (tickets.length === 0) return;
  const unique = lastOfEach(tickets);
  const bodies = unique.map(ticketBody);
  await db.query(
    `INSERT INTO archived_tickets (key, value, status, channel, assignee_key, requester_key, created_at, updated_at, finished_at, language, document)
     SELECT v->>'key', v, lower(v->>'status'), lower(v->>'channel'), v->>'assigneeKey', v->>'requesterKey',
            (v->>'createdAt')::timestamptz, (v->>'updatedAt')::timestamptz, coalesce(v->>'solvedAt', v->>'updatedAt')::timestamptz,
            l::regconfig, setweight(to_tsvector(l::regconfig, v->>'subject'), 'A') || setweight(to_tsvector(l::regconfig, b), 'B')
     FROM unnest($1::json[], $2::text[], $3::text[]) AS t(v, l, b)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, status = excluded.status, channel = excluded.channel,
       assignee_key = excluded.assignee_key, requester_key = excluded.requester_key, created_at = excluded.created_at,
       updated_at = excluded.updated_at, finished_at = excluded.finished_at, language = excluded.language, document = excluded.document`,
    [unique.map((t) => JSON.stringify(t)), unique.map((t, i) => ticketLanguage(`${t.subject}\n${bodies[i]}`)), bodies],
  );
}

export async function deleteTickets(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.query('DELETE FROM archived_tickets WHERE key = ANY($1::text[])', [keys]);
}

/** Stores users with their name and email folded as the filters compare them. */
export async function upsertUsers(db: Db, users: readonly ArchivedUser[]): Promise<void> {
  if (users.length === 0) return;
  const unique = lastOfEach(users);
  const folded = unique.map(foldedUser);
  await db.query(
    `INSERT INTO archived_users (key, id, role, value, folded_name, folded_email)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::json[], $5::text[], $6::text[])
     ON CONFLICT (key) DO UPDATE SET id = excluded.id, role = excluded.role, value = excluded.value,
       folded_name = excluded.folded_name, folded_email = excluded.folded_email`,
    [unique.map((u) => u.key), unique.map((u) => u.id), unique.map((u) => u.role), unique.map((u) => JSON.stringify(u)), folded.map((f) => f.name), folded.map((f) => f.email)],
  );
}

export async function deleteUsers(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.query('DELETE FROM archived_users WHERE key = ANY($1::text[])', [keys]);
}
