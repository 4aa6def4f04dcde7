/**
 * The ticket archive in its own tables (issue 22): queried where it lies, never loaded at start,
 * so a start takes as long with 1M tickets as with none. Each ticket keeps its document as
 * imported (`value`) beside the columns the search filters, orders and counts by.
 */
export default /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE archived_users (
  key text PRIMARY KEY,
  id text NOT NULL,
  role text NOT NULL,
  value json NOT NULL,
  -- Lower case without accents (the service's fold()): what name and email filters match by part.
  folded_name text NOT NULL,
  folded_email text NOT NULL
);
CREATE INDEX archived_users_id ON archived_users (id);
-- An import page looks up the users already holding its emails (§8.2's duplicate rule).
CREATE INDEX archived_users_email ON archived_users (folded_email);
CREATE INDEX archived_users_name_parts ON archived_users USING gin (folded_name gin_trgm_ops);
CREATE INDEX archived_users_email_parts ON archived_users USING gin (folded_email gin_trgm_ops);

CREATE TABLE archived_tickets (
  key text PRIMARY KEY,
  value json NOT NULL,
  status text NOT NULL,
  channel text NOT NULL,
  assignee_key text,
  requester_key text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Solved, else last updated: when the 90-day retention counts from.
  finished_at timestamptz NOT NULL,
  language regconfig NOT NULL,
  -- Subject (weight A) and text (B), stemmed with the ticket's own language.
  document tsvector NOT NULL
);
CREATE INDEX archived_tickets_text ON archived_tickets USING gin (document);
CREATE INDEX archived_tickets_created ON archived_tickets (created_at DESC, key DESC) INCLUDE (status, channel);
CREATE INDEX archived_tickets_updated ON archived_tickets (updated_at DESC, created_at DESC, key DESC);
CREATE INDEX archived_tickets_status ON archived_tickets (status, created_at DESC);
-- Status and channel beside the key: a name filter's facets are counted from the index alone.
CREATE INDEX archived_tickets_assignee ON archived_tickets (assignee_key, created_at DESC) INCLUDE (status, channel);
CREATE INDEX archived_tickets_requester ON archived_tickets (requester_key, created_at DESC) INCLUDE (status, channel);
CREATE INDEX archived_tickets_finished ON archived_tickets (finished_at);

-- How many tickets hold each status and channel: the facets and total of a search without
-- other filters, which would otherwise count the whole archive. Kept by statement triggers,
-- one update per statement (an import page), not one per ticket.
CREATE TABLE archived_ticket_counts (
  status text NOT NULL,
  channel text NOT NULL,
  tickets bigint NOT NULL,
  PRIMARY KEY (status, channel)
);

CREATE FUNCTION archived_ticket_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO archived_ticket_counts (status, channel, tickets)
      SELECT status, channel, -count(*) FROM gone GROUP BY status, channel
      ON CONFLICT (status, channel) DO UPDATE SET tickets = archived_ticket_counts.tickets + excluded.tickets;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO archived_ticket_counts (status, channel, tickets)
      SELECT status, channel, count(*) FROM came GROUP BY status, channel
      ON CONFLICT (status, channel) DO UPDATE SET tickets = archived_ticket_counts.tickets + excluded.tickets;
  END IF;
  DELETE FROM archived_ticket_counts WHERE tickets = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER archived_tickets_counted_insert AFTER INSERT ON archived_tickets
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION archived_ticket_counts_follow();
CREATE TRIGGER archived_tickets_counted_update AFTER UPDATE ON archived_tickets
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION archived_ticket_counts_follow();
CREATE TRIGGER archived_tickets_counted_delete AFTER DELETE ON archived_tickets
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION archived_ticket_counts_follow();
`;
