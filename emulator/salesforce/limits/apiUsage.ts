import type { RequestHandler } from 'express';

/**
 * The org's daily API request allocation, counted over the REST calls really made; a
 * Developer Edition org has 15,000 a day. Reported in `Sforce-Limit-Info` on every call and
 * in the `limits` resource.
 * https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm
 */
export const DAILY_API_REQUESTS = 15_000;

export interface ApiUsage {
  used(): number;
  /** Counts the call and sets `Sforce-Limit-Info: api-usage=used/max`. */
  count: RequestHandler;
}

export function createApiUsage(now: () => Date = () => new Date()): ApiUsage {
  let day = '';
  let used = 0;
  const roll = () => {
    const today = now().toISOString().slice(0, 10);
    if (today !== day) [day, used] = [today, 0];
  };
  return {
    used() {
      roll();
      return used;
    },
    count(_req, res, next) {
      roll();
      used += 1;
      res.setHeader('Sforce-Limit-Info', `api-usage=${used}/${DAILY_API_REQUESTS}`);
      next();
    },
  };
}
