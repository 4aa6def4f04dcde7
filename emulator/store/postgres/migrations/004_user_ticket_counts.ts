/**
 * Per agent and per contact, how many of their tickets hold each status and channel (issue 22):
 * a search with one agent or contact filter and no text or dates sums these rows over the users
 * the filter names, as the in-memory index sums its per-user tallies (pairTally), instead of
 * counting their tickets ("mari" names 10k contacts holding 200k tickets). Kept by statement
 * triggers, like archived_ticket_counts: one upsert per statement, not one per ticket.
 */
export default /* sql */ `
CREATE TABLE archived_user_ticket_counts (
  user_key text NOT NULL,
  side text NOT NULL CHECK (side IN ('requester', 'assignee')),
  status text NOT NULL,
  channel text NOT NULL,
  tickets bigint NOT NULL,
  PRIMARY KEY (user_key, side, status, channel)
);
-- A name filter's sums read from the index alone, however many updates the table has seen.
CREATE INDEX archived_user_ticket_counts_sums ON archived_user_ticket_counts (side, user_key) INCLUDE (status, channel, tickets);

INSERT INTO archived_user_ticket_counts (user_key, side, status, channel, tickets)
  SELECT requester_key, 'requester', status, channel, count(*) FROM archived_tickets WHERE requester_key IS NOT NULL GROUP BY requester_key, status, channel
  UNION ALL
  SELECT assignee_key, 'assignee', status, channel, count(*) FROM archived_tickets WHERE assignee_key IS NOT NULL GROUP BY assignee_key, status, channel;

-- Rows added in key order, so two import pages touching the same users lock them in one order.
CREATE FUNCTION archived_user_ticket_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO archived_user_ticket_counts AS kept (user_key, side, status, channel, tickets)
      SELECT user_key, side, status, channel, -count(*) FROM (
        SELECT requester_key AS user_key, 'requester' AS side, status, channel FROM gone WHERE requester_key IS NOT NULL
        UNION ALL
        SELECT assignee_key, 'assignee', status, channel FROM gone WHERE assignee_key IS NOT NULL
      ) AS each_side GROUP BY user_key, side, status, channel ORDER BY user_key, side, status, channel
      ON CONFLICT (user_key, side, status, channel) DO UPDATE SET tickets = kept.tickets + excluded.tickets;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO archived_user_ticket_counts AS kept (user_key, side, status, channel, tickets)
      SELECT user_key, side, status, channel, count(*) FROM (
        SELECT requester_key AS user_key, 'requester' AS side, status, channel FROM came WHERE requester_key IS NOT NULL
        UNION ALL
        SELECT assignee_key, 'assignee', status, channel FROM came WHERE assignee_key IS NOT NULL
      ) AS each_side GROUP BY user_key, side, status, channel ORDER BY user_key, side, status, channel
      ON CONFLICT (user_key, side, status, channel) DO UPDATE SET tickets = kept.tickets + excluded.tickets;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    -- Only the users this statement took tickets from can have reached zero.
    DELETE FROM archived_user_ticket_counts AS kept WHERE kept.tickets = 0 AND kept.user_key IN (
      SELECT requester_key FROM gone WHERE requester_key IS NOT NULL UNION SELECT assignee_key FROM gone WHERE assignee_key IS NOT NULL);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER archived_tickets_user_counted_insert AFTER INSERT ON archived_tickets
  REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION archived_user_ticket_counts_follow();
CREATE TRIGGER archived_tickets_user_counted_update AFTER UPDATE ON archived_tickets
  REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION archived_user_ticket_counts_follow();
CREATE TRIGGER archived_tickets_user_counted_delete AFTER DELETE ON archived_tickets
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION archived_user_ticket_counts_follow();
`;
