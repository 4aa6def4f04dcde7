import { createHttp } from '../http/http';
import { basicAuth } from '../http/basicAuth';
import { readJson } from '../http/readJson';
import type { ZendeskConfig } from './config';
import { zendeskError } from './errors';

/** The Support API under `/api/v2`, signed in with `{email}/token:{token}` (https://developer.zendesk.com/api-reference/introduction/security-and-auth/). */
export interface ZendeskApi {
  call<T = unknown>(path: string, options?: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown }): Promise<T>;
  readonly baseUrl: string;
}

export function createZendeskApi(config: ZendeskConfig): ZendeskApi {
  const http = createHttp({ crm: 'zendesk', ...config.http });
  const authorization = basicAuth(`${config.email}/token`, config.apiToken);
  return {
    baseUrl: config.baseUrl,
    async call<T>(path: string, options: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown } = {}): Promise<T> {
      const url = /^https?:\/\//.test(path) ? path : `${config.baseUrl}/api/v2${path}`;
      const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' };
      if (options.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await http(url, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const json = await readJson(response);
      if (!response.ok) throw zendeskError(response.status, json);
      return json as T;
    },
  };
}
