import storeEntries from './001_store_entries';
import cluster from './002_cluster';
import ticketArchive from './003_ticket_archive';
import userTicketCounts from './004_user_ticket_counts';
import ticketDayCounts from './005_ticket_day_counts';
import ticketPageIndex from './006_ticket_page_index';
import userTicketCountsInPlace from './007_user_ticket_counts_in_place';
import ticketSearchStatistics from './008_ticket_search_statistics';
import userNewestTickets from './009_user_newest_tickets';

/**
 * Every schema change, in order; applied once each by `npm run db:migrate`. Kept as modules
 * (not loose .sql files) so the compiled service carries them with no copy step. Never edit
 * an applied one: add the next.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001_store_entries', sql: storeEntries },
  { name: '002_cluster', sql: cluster },
  { name: '003_ticket_archive', sql: ticketArchive },
  { name: '004_user_ticket_counts', sql: userTicketCounts },
  { name: '005_ticket_day_counts', sql: ticketDayCounts },
  { name: '006_ticket_page_index', sql: ticketPageIndex },
  { name: '007_user_ticket_counts_in_place', sql: userTicketCountsInPlace },
  { name: '008_ticket_search_statistics', sql: ticketSearchStatistics },
  { name: '009_user_newest_tickets', sql: userNewestTickets },
];
