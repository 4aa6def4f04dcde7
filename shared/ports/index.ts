export * from './crmError';
export * from './recordsPort';
export * from './interactionRecordsPort';
export * from './activitiesPort';
export * from './exportPage';
export * from './usersPort';
export * from './ticketsPort';
export * from './casesPort';
