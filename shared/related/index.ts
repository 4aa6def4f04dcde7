export * from './recordFacts';
export * from './orderRelated';
export * from './expansionPlan';
