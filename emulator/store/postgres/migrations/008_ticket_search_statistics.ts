/**
 * What the planner knows of the archive (issue 22), set where its defaults plan ticket search
 * badly:
 * - A word's share of the tickets: with the default 100 statistics, a rare word is estimated
 *   at five times its tickets, and a text search with a creation range then scanned the range's
 *   100k index entries to narrow 800 text hits (50 ms instead of 4). A longer list of common
 *   words (and the larger sample it draws) estimates words as they are.
 * - An agent or contact filter can name thousands of users ("mari" names 10k); each named key is
 *   weighed against the column's most common values while the search is planned, which with 100
 *   of them took 18 ms per statement. Ten keep that cheap; how many tickets a user has still comes
 *   from the number of distinct users, which the larger sample above estimates well.
 * Applied at the next ANALYZE (autovacuum runs it after an import).
 */
export default /* sql */ `
ALTER TABLE archived_tickets ALTER COLUMN document SET STATISTICS 1000;
ALTER TABLE archived_tickets ALTER COLUMN requester_key SET STATISTICS 10;
ALTER TABLE archived_tickets ALTER COLUMN assignee_key SET STATISTICS 10;
`;
