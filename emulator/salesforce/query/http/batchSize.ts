/**
 * `Sforce-Query-Options: batchSize=n`: default and maximum 2000, minimum 200; Salesforce
 * treats it as a preference, so out-of-range values are clamped rather than refused.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_queryoptions.htm
 */
export function batchSizeFrom(header: string | undefined): number {
  const match = /batchSize\s*=\s*(\d+)/i.exec(header ?? '');
  if (!match) return 2000;
  return Math.min(2000, Math.max(200, Number(match[1])));
}
