import { tag } from './envelope';

/**
 * `getServerTimestamp()`: the server's time, in UTC, for clients that sync by the server's clock.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_getservertimestamp.htm
 */
export const getServerTimestamp = (): string[] => [tag('timestamp', new Date().toISOString())];
