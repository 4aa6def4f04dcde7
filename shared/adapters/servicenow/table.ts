import { createHttp } from '../http/http';
import { basicAuth } from '../http/basicAuth';
import { readJson } from '../http/readJson';
import type { ServiceNowConfig } from './config';
import { serviceNowError } from './errors';

export type SnRow = { sys_id: string } & Record<string, unknown>;

export interface ListOptions {
  query?: string;
  fields?: string[];
  limit?: number;
}

/** The REST Table API (https://docs.servicenow.com/bundle/washingtondc-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html). */
export interface TableApi {
  list(table: string, options?: ListOptions): Promise<SnRow[]>;
  get(table: string, sysId: string, fields?: string[]): Promise<SnRow>;
  insert(table: string, values: Record<string, unknown>): Promise<SnRow>;
  /** `retryable: false` for a patch that appends (a journal entry) and so must not be sent twice. */
  patch(table: string, sysId: string, values: Record<string, unknown>, options?: { retryable?: boolean }): Promise<SnRow>;
}

export function createTableApi(config: ServiceNowConfig): TableApi {
  const http = createHttp({ crm: 'servicenow', ...config.http });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (config.user !== undefined && config.password !== undefined) headers.Authorization = basicAuth(config.user, config.password);
  if (config.userToken) headers['X-UserToken'] = config.userToken;

  async function call(method: string, path: string, params: URLSearchParams, body?: unknown, retryable?: boolean): Promise<unknown> {
    // Reference fields as plain sys_ids: no `link` objects to unwrap.
    params.set('sysparm_exclude_reference_link', 'true');
    const response = await http(`${config.instanceUrl}/api/now/table/${path}?${params}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      retryable,
    });
    const json = await readJson(response);
    if (!response.ok) throw serviceNowError(response.status, json);
    return (json as { result?: unknown } | undefined)?.result;
  }

  const fieldParams = (fields?: string[]) => {
    const params = new URLSearchParams();
    if (fields?.length) params.set('sysparm_fields', [...new Set(['sys_id', ...fields])].join(','));
    return params;
  };

  return {
    async list(table, options = {}) {
      const params = fieldParams(options.fields);
      if (options.query) params.set('sysparm_query', options.query);
      params.set('sysparm_limit', String(options.limit ?? 100));
      return ((await call('GET', table, params)) as SnRow[] | undefined) ?? [];
    },
    async get(table, sysId, fields) {
      return (await call('GET', `${encodeURIComponent(table)}/${encodeURIComponent(sysId)}`, fieldParams(fields))) as SnRow;
    },
    async insert(table, values) {
      return (await call('POST', table, new URLSearchParams(), values)) as SnRow;
    },
    async patch(table, sysId, values, options = {}) {
      return (await call('PATCH', `${encodeURIComponent(table)}/${encodeURIComponent(sysId)}`, new URLSearchParams(), values, options.retryable)) as SnRow;
    },
  };
}
