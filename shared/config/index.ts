export * from './features';
export * from './connections';
export * from './schema';
export * from './parseConfig';
export * from './requireFeature';
export * from './configDiff';
