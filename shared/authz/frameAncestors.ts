import type { Config } from '../config';

/**
 * The origins allowed to frame the product's pages (finding 9): the configured CRMs, as the
 * card is framed by the CRM in production. A Salesforce org's Lightning pages are served
 * from `*.lightning.force.com` next to its `*.my.salesforce.com` instance.
 * https://help.salesforce.com/s/articleView?id=sf.domain_name_format.htm
 */
export function crmFrameOrigins(config: Pick<Config, 'connections'>): string[] {
  const urls: string[] = [];
  for (const connection of Object.values(config.connections ?? {}) as ({ instanceUrl?: string; baseUrl?: string } | undefined)[]) {
    const url = connection?.instanceUrl ?? connection?.baseUrl;
    if (url) urls.push(url);
  }
  const origins = new Set<string>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') continue;
    origins.add(parsed.origin);
    const org = /^([a-z0-9-]+)\.my\.salesforce\.com$/i.exec(parsed.hostname);
    if (org) origins.add(`https://${org[1]}.lightning.force.com`);
  }
  return [...origins];
}
