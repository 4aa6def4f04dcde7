import type { Database } from './database';

/** A sys_properties value by name (through the name index), or undefined when the row is missing. */
export function property(db: Database, name: string): string | undefined {
  for (const id of db.lookup('sys_properties', 'name', name)) return db.get('sys_properties', id)?.value;
  return undefined;
}

/**
 * An instance stores a reference to a missing record or an unknown choice value as given.
 * Turning this emulator-only property on refuses such writes with 403, so a client's
 * wrong ids fail in tests instead of leaving broken references in production.
 */
export const STRICT_REFERENCES = 'x_emulator.strict_references';
export const strictReferences = (db: Database): boolean => property(db, STRICT_REFERENCES) === 'true';

/**
 * Minutes a session may stay unused before the instance ends it (the platform property
 * `glide.ui.session_timeout`, 30 by default).
 */
export const SESSION_TIMEOUT = 'glide.ui.session_timeout';
const DEFAULT_SESSION_TIMEOUT_MINUTES = 30;
export function sessionTimeoutMs(db: Database): number {
  const minutes = Number(property(db, SESSION_TIMEOUT));
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_SESSION_TIMEOUT_MINUTES) * 60_000;
}
