import { dynamicsActivities } from './activities';
import { createDynamicsApi } from './api';
import type { DynamicsConfig } from './config';
import { tableCatalog } from './metadata';
import { dynamicsRecords, type DynamicsRecordsOptions } from './records';

export * from './config';
export * from './errors';
export * from './api';
export * from './metadata';
export * from './lookupQueries';
export * from './records';
export * from './activities';

/** Every Dynamics 365 port over one Web API connection. */
export function createDynamicsAdapters(config: DynamicsConfig, options: DynamicsRecordsOptions = {}) {
  const api = createDynamicsApi(config);
  const tables = tableCatalog(api);
  return { api, tables, records: dynamicsRecords(api, { ...options, tables }), activities: dynamicsActivities(api, tables, { sleep: config.http?.sleep }) };
}
