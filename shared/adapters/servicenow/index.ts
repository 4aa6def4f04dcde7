import { serviceNowCases } from './cases';
import { serviceNowActivities } from './activities';
import type { ServiceNowConfig } from './config';
import { serviceNowInteractionRecords } from './interactionRecords';
import { serviceNowRecords } from './records';
import { createTableApi } from './table';

export * from './config';
export * from './errors';
export * from './table';
export * from './encodedQuery';
export * from './tables';
export * from './records';
export * from './interactionRecords';
export * from './activities';
export * from './cases';

/** Every ServiceNow port over one Table API connection. */
export function createServiceNowAdapters(config: ServiceNowConfig) {
  const table = createTableApi(config);
  return {
    table,
    records: serviceNowRecords(table),
    interactionRecords: serviceNowInteractionRecords(table),
    activities: serviceNowActivities(table, { sleep: config.http?.sleep }),
    cases: serviceNowCases(table),
  };
}
