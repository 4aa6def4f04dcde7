export * from './linkState';
export * from './writeBackMoment';
export * from './link';
export * from './idempotencyKey';
export * from './activity';
export * from './activeLink';
export * from './linkTarget';
