export * from './salesforceRelation';
export * from './servicenowRelation';
export * from './relatable';
export * from './autoRelate';
export * from './clearRelation';
