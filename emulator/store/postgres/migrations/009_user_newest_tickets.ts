/**
 * Each user's newest ticket per status and channel, beside its count (issue 22). The page of an
 * agent or contact filter alone, newest first, then starts from the named users whose newest
 * ticket is among the newest: the twenty newest tickets of thousands of users ("mari" names 10k)
 * are the twenty newest of at most twenty users, each read from that user's own index, instead
 * of scanning the whole archive newest first and skipping other people's tickets (22k index
 * entries for "mari", 67k for "lindq").
 *
 * Kept by the same statement trigger as the counts: a new ticket can only make a cell newer; a
 * cell that lost tickets (moved or removed) reads its newest again from the user's index.
 */
const eachSide = (tickets: string) => /* sql */ `
        SELECT requester_key AS user_key, 'requester' AS side, status, channel, created_at FROM ${tickets} WHERE requester_key IS NOT NULL
        UNION ALL
        SELECT assignee_key, 'assignee', status, channel, created_at FROM ${tickets} WHERE assignee_key IS NOT NULL`;

const newestAgain = (side: 'requester' | 'assignee') => /* sql */ `
    UPDATE archived_user_ticket_counts AS kept
      SET latest = (SELECT max(t.created_at) FROM archived_tickets AS t WHERE t.${side}_key = kept.user_key AND t.status = kept.status AND t.channel = kept.channel)
      WHERE kept.side = '${side}' AND (kept.user_key, kept.status, kept.channel) IN (SELECT ${side}_key, status, channel FROM gone WHERE ${side}_key IS NOT NULL);`;

export default /* sql */ `
ALTER TABLE archived_user_ticket_counts ADD COLUMN latest timestamptz;
UPDATE archived_user_ticket_counts AS kept SET latest = newest.latest
  FROM (SELECT user_key, side, status, channel, max(created_at) AS latest FROM (${eachSide('archived_tickets')}
  ) AS each_side GROUP BY user_key, side, status, channel) AS newest
  WHERE (kept.user_key, kept.side, kept.status, kept.channel) = (newest.user_key, newest.side, newest.status, newest.channel);
ALTER TABLE archived_user_ticket_counts ALTER COLUMN latest SET NOT NULL;

-- Rows added in key order, so two import pages touching the same users lock them in one order.
CREATE OR REPLACE FUNCTION archived_user_ticket_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO archived_user_ticket_counts AS kept (user_key, side, status, channel, tickets, latest)
      SELECT user_key, side, status, channel, -count(*), max(created_at) FROM (${eachSide('gone')}
      ) AS each_side GROUP BY user_key, side, status, channel ORDER BY user_key, side, status, channel
      ON CONFLICT (user_key, side, status, channel) DO UPDATE SET tickets = kept.tickets + excluded.tickets;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO archived_user_ticket_counts AS kept (user_key, side, status, channel, tickets, latest)
      SELECT user_key, side, status, channel, count(*), max(created_at) FROM (${eachSide('came')}
      ) AS each_side GROUP BY user_key, side, status, channel ORDER BY user_key, side, status, channel
      ON CONFLICT (user_key, side, status, channel) DO UPDATE SET tickets = kept.tickets + excluded.tickets, latest = greatest(kept.latest, excluded.latest);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    -- Only the users this statement took tickets from can have reached zero.
    DELETE FROM archived_user_ticket_counts AS kept WHERE kept.tickets = 0 AND kept.user_key IN (
      SELECT requester_key FROM gone WHERE requester_key IS NOT NULL UNION SELECT assignee_key FROM gone WHERE assignee_key IS NOT NULL);
    ${newestAgain('requester')}
    ${newestAgain('assignee')}
  END IF;
  RETURN NULL;
END $$;
`;
