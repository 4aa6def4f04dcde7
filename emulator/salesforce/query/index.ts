export { createQueryRouter } from './http/router';
export { runSoql, type SoqlOptions, type SoqlResult } from './soql/run';
export { runSosl, type SoslResult } from './sosl/run';
export { SfQueryError } from './errors';
