import { CrmError } from '../../ports/crmError';
import { createHttp, type Http } from '../http/http';
import { readJson } from '../http/readJson';
import type { DynamicsConfig } from './config';
import { dynamicsError } from './errors';

export interface DynamicsCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  retryable?: boolean;
}

/** The Web API under `/api/data/v9.2`, with a bearer token it gets and renews itself. */
export interface DynamicsApi {
  call<T = unknown>(path: string, options?: DynamicsCall): Promise<T>;
  readonly environmentUrl: string;
}

const trim = (url: string) => url.replace(/\/+$/, '');

export function createDynamicsApi(config: DynamicsConfig): DynamicsApi {
  const http = createHttp({ crm: 'dynamics', ...config.http });
  const root = `${trim(config.environmentUrl)}/api/data/v${config.apiVersion ?? '9.2'}`;
  let token: Promise<string> | null = null;
  const currentToken = () => (token ??= requestToken(http, config).catch((error: unknown) => {
    token = null;
    throw error;
  }));

  async function send(path: string, options: DynamicsCall, bearer: string): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${bearer}`, Accept: 'application/json', 'OData-Version': '4.0', 'OData-MaxVersion': '4.0', ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    return http(/^https?:\/\//.test(path) ? path : `${root}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      retryable: options.retryable,
    });
  }

  return {
    environmentUrl: trim(config.environmentUrl),
    async call<T>(path: string, options: DynamicsCall = {}): Promise<T> {
      let response = await send(path, options, await currentToken());
      // Tokens expire (about an hour); one fresh token is worth a try, a second 401 is real.
      if (response.status === 401) {
        await response.body?.cancel().catch(() => undefined);
        token = null;
        response = await send(path, options, await currentToken());
      }
      const body = await readJson(response);
      if (!response.ok) throw dynamicsError(response.status, body);
      return body as T;
    },
  };
}

/** The client-credentials grant (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow). */
async function requestToken(http: Http, config: DynamicsConfig): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: config.clientId,
    client_secret: config.clientSecret,
    scope: `${trim(config.environmentUrl)}/.default`,
  });
  const response = await http(`${trim(config.authorityUrl)}/${encodeURIComponent(config.tenant)}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
    retryable: true,
  });
  const body = (await readJson(response)) as { access_token?: string } | undefined;
  if (!response.ok || !body?.access_token) {
    const error = dynamicsError(response.status, body);
    throw new CrmError({ ...error, kind: response.status >= 500 ? error.kind : 'auth', message: error.message });
  }
  return body.access_token;
}
