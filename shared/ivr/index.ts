export * from './lookupPlan';
export * from './ivrOutcome';
export * from './greeting';
export * from './planLookup';
export * from './exactIdentity';
