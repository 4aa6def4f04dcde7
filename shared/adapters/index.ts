export * from './http';
export * from './phoneFormats';
export * from './activityText';
export * from './salesforce';
export * from './servicenow';
export * from './zendesk';
export * from './dynamics';
