export * from './ruleSchema';
export * from './conditions';
export * from './decideRouting';
export * from './checkSetup';
export * from './setupSchema';
