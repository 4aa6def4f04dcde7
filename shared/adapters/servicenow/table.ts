import { createHttp } from '../http/http';
import { basicAuth } from '../http/basicAuth';
import { readJson } from '../http/readJson';
import type { ServiceNowConfig } from './config';
import { BATCH_PATH, batchAnswers, batchBody, isBatchRefusal, type BatchItem } from './batch';
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
  /**
   * Several lists in one Batch API request, answered in the order asked. An instance that refuses
   * batches (400, 403, 404) is remembered and asked list by list from then on.
   */
  listMany(lists: { table: string; options?: ListOptions }[]): Promise<SnRow[][]>;
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

  /** `/api/now/table/...` with its query string, as asked alone or inside a batch. */
  const tablePath = (path: string, params: URLSearchParams) => {
    // Reference fields as plain sys_ids: no `link` objects to unwrap.
    params.set('sysparm_exclude_reference_link', 'true');
    return `/api/now/table/${path}?${params}`;
  };

  async function send(method: string, path: string, body?: unknown, retryable?: boolean): Promise<{ response: Response; json: unknown }> {
    const response = await http(`${config.instanceUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      retryable,
    });
    return { response, json: await readJson(response) };
  }

  async function call(method: string, path: string, params: URLSearchParams, body?: unknown, retryable?: boolean): Promise<unknown> {
    const { response, json } = await send(method, tablePath(path, params), body, retryable);
    if (!response.ok) throw serviceNowError(response.status, json);
    return (json as { result?: unknown } | undefined)?.result;
  }

  const fieldParams = (fields?: string[]) => {
    const params = new URLSearchParams();
    if (fields?.length) params.set('sysparm_fields', [...new Set(['sys_id', ...fields])].join(','));
    return params;
  };

  const listParams = (options: ListOptions) => {
    const params = fieldParams(options.fields);
    if (options.query) params.set('sysparm_query', options.query);
    params.set('sysparm_limit', String(options.limit ?? 100));
    return params;
  };

  const list = async (table: string, options: ListOptions = {}) => ((await call('GET', table, listParams(options))) as SnRow[] | undefined) ?? [];

  let batchRefused = false;

  async function listMany(lists: { table: string; options?: ListOptions }[]): Promise<SnRow[][]> {
    const separately = () => Promise.all(lists.map((l) => list(l.table, l.options)));
    if (batchRefused || lists.length < 2) return separately();
    const items: BatchItem[] = lists.map((l, i) => ({ id: String(i), method: 'GET', url: tablePath(l.table, listParams(l.options ?? {})) }));
    // Reads only: sending it again is safe.
    const { response, json } = await send('POST', BATCH_PATH, batchBody(items), true);
    if (!response.ok && isBatchRefusal(response.status)) {
      batchRefused = true;
      return separately();
    }
    if (!response.ok) throw serviceNowError(response.status, json);
    const answers = batchAnswers(json);
    return Promise.all(
      lists.map(async (l, i) => {
        const answer = answers.get(String(i));
        // Left unserviced (the batch reached a limit): asked alone.
        if (!answer) return list(l.table, l.options);
        if (answer.status >= 400) throw serviceNowError(answer.status, answer.body);
        return ((answer.body as { result?: SnRow[] } | undefined)?.result) ?? [];
      }),
    );
  }

  return {
    list,
    listMany,
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
