/**
 * Per-user counts updated in place (issue 22). Every import statement adds to the counts of
 * the users its tickets name, so a user's row is rewritten once per page holding one of their
 * tickets: with `tickets` in the covering index of migration 004, every rewrite left a new index
 * entry and a dead row behind, and a 1M-ticket import grew 50k rows to 72 MB of table and 24 MB
 * of index, which a name filter's sum then read. Without that index, and with room left in each
 * page, a rewrite stays on its page (a HOT update: no index entry) and the page's dead rows are
 * pruned as it fills. The primary key (user_key first) finds a filter's users.
 * The table is emptied and counted again, to start compact.
 */
export default /* sql */ `
DROP INDEX archived_user_ticket_counts_sums;
TRUNCATE archived_user_ticket_counts;
ALTER TABLE archived_user_ticket_counts SET (fillfactor = 40);

INSERT INTO archived_user_ticket_counts (user_key, side, status, channel, tickets)
  SELECT requester_key, 'requester', status, channel, count(*) FROM archived_tickets WHERE requester_key IS NOT NULL GROUP BY requester_key, status, channel
  UNION ALL
  SELECT assignee_key, 'assignee', status, channel, count(*) FROM archived_tickets WHERE assignee_key IS NOT NULL GROUP BY assignee_key, status, channel;
`;
