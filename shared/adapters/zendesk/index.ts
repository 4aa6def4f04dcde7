import { createZendeskApi } from './api';
import type { ZendeskConfig } from './config';
import { zendeskRecords } from './records';
import { zendeskTickets } from './tickets';
import { zendeskUsers } from './users';

export * from './config';
export * from './errors';
export * from './api';
export * from './exportParams';
export * from './users';
export * from './tickets';
export * from './records';

/** Every Zendesk port over one API connection. */
export function createZendeskAdapters(config: ZendeskConfig) {
  const api = createZendeskApi(config);
  return { api, records: zendeskRecords(api), users: zendeskUsers(api), tickets: zendeskTickets(api) };
}
