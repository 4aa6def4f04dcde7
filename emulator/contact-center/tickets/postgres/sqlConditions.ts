import { fold } from '../foldedNames';
import { keysAsTyped } from '../ticketQuery';
import { TYPED_FILTER_KEYS } from '../ticketSearch';

/** `%text%` for LIKE, the text's own `%`, `_` and `\\` taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One statement's conditions, the parameters they number, and the user sets it matches by a
 * typed name: each set a common table expression looked up once, whichever parts use it.
 */
export class Conditions {
  readonly params: unknown[] = [];
  readonly clauses: string[] = [];
  private readonly tables: string[] = [];
  private readonly tableOfName = new Map<string, string>();

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(extra: string[] = []): string {
    const all = [...this.clauses, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  }

  /** The statement's `WITH` list: the named user sets, then the given parts, in order. */
  with(parts: string[] = []): string {
    const all = [...this.tables, ...parts];
    return all.length ? `WITH ${all.join(',\n')}\n` : '';
  }

  /**
   * One side's filter on a column of user keys: its keys, or past `TYPED_FILTER_KEYS` the users
   * its typed value names, matched in the statement (looked up once, hashed) instead of sending
   * the keys: "mari" names 10k users, whose keys took 4 ms to send and 4 ms to plan against.
   * Fewer keys are sent, so that the index on each user's tickets can serve them.
   */
  named(column: string, keys: ReadonlySet<string>, typed: string | undefined): string {
    if (typed === undefined || keys.size <= TYPED_FILTER_KEYS) return `${column} = ANY(${this.param([...keys])}::text[])`;
    // The OR keeps the set a hashed subplan probed in the index's order; a join on it would
    // be planned from a guess of its size.
    return `(${column} IN (SELECT key FROM ${this.usersNamed(typed)}) OR ${column} = ANY(${this.param(keysAsTyped(typed))}::text[]))`;
  }

  private usersNamed(typed: string): string {
    let table = this.tableOfName.get(typed);
    if (table === undefined) {
      table = `named_${this.tableOfName.size + 1}`;
      this.tableOfName.set(typed, table);
      this.tables.push(`${table} AS MATERIALIZED (SELECT key FROM archived_users WHERE ${usersMatching(this, typed)})`);
    }
    return table;
  }
}

/** The archived users a filter value names (`usersNamed`), as a condition on `archived_users`. */
export const usersMatching = (c: Conditions, value: string) => {
  const part = c.param(containing(fold(value)));
  return `id = ${c.param(value)} OR folded_name LIKE ${part} OR folded_email LIKE ${part}`;
};
