export * from './http';
export * from './backoff';
export * from './basicAuth';
export * from './readJson';
export * from './writeOnce';
