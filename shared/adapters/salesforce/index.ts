import { salesforceCases } from './cases';
import { createSalesforceApi } from './api';
import type { SalesforceConfig } from './config';
import { salesforceActivities } from './activities';
import { salesforceInteractionRecords } from './interactionRecords';
import { salesforceRecords } from './records';

export * from './config';
export * from './api';
export * from './errors';
export * from './soql';
export * from './sosl';
export * from './naming';
export * from './records';
export * from './interactionRecords';
export * from './activities';
export * from './cases';

/** Every Salesforce port over one connection. */
export function createSalesforceAdapters(config: SalesforceConfig) {
  const api = createSalesforceApi(config);
  return {
    api,
    records: salesforceRecords(api),
    interactionRecords: salesforceInteractionRecords(api),
    activities: salesforceActivities(api, { sleep: config.http?.sleep }),
    cases: salesforceCases(api),
  };
}
export * from './soqlExport';
export * from './ticketUsers';
export * from './ticketCases';
