import { CrmError } from '../../ports/crmError';
import { createHttp, type Http } from '../http/http';
import { readJson } from '../http/readJson';
import { DEFAULT_API_VERSION, type SalesforceConfig } from './config';
import { salesforceError } from './errors';

export interface SalesforceCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  retryable?: boolean;
}

/** An authenticated REST connection to one org; paths are relative to `/services/data/vXX.X`. */
export interface SalesforceApi {
  call<T = unknown>(path: string, options?: SalesforceCall): Promise<T>;
  readonly apiVersion: string;
}

interface Session {
  accessToken: string;
  instanceUrl: string;
}

export function createSalesforceApi(config: SalesforceConfig): SalesforceApi {
  const http = createHttp({ crm: 'salesforce', ...config.http });
  const apiVersion = config.apiVersion ?? DEFAULT_API_VERSION;
  let session: Promise<Session> | null = config.accessToken ? Promise.resolve({ accessToken: config.accessToken, instanceUrl: config.instanceUrl ?? '' }) : null;

  /**
   * Calls made together before the first login share that one login: each login is a
   * password check (a key derivation) on the org, and a burst of them made the IVR's first
   * lookup outlast its time budget. A failed login is forgotten, so the next call tries again.
   */
  function currentSession(): Promise<Session> {
    if (session) return session;
    const pending = login(http, config);
    session = pending;
    pending.catch(() => {
      if (session === pending) session = null;
    });
    return pending;
  }

  function urlOf(instanceUrl: string, path: string): string {
    if (/^https?:\/\//.test(path)) return path;
    if (path.startsWith('/services/')) return `${instanceUrl}${path}`;
    return `${instanceUrl}/services/data/v${apiVersion}${path}`;
  }

  async function send(path: string, options: SalesforceCall, current: Session): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${current.accessToken}`, Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    return http(urlOf(current.instanceUrl, path), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      retryable: options.retryable,
    });
  }

  return {
    apiVersion,
    async call<T>(path: string, options: SalesforceCall = {}): Promise<T> {
      const used = currentSession();
      let response = await send(path, options, await used);
      if (response.status === 401 && config.login) {
        const error = salesforceError(401, await readJson(response));
        // Sessions expire or get revoked; one fresh login is worth a try, a second failure is real.
        if (error.code !== 'INVALID_SESSION_ID') throw error;
        // Calls that met the same expired session share the next login.
        if (session === used) session = null;
        response = await send(path, options, await currentSession());
      }
      const body = await readJson(response);
      if (!response.ok) throw salesforceError(response.status, body);
      return body as T;
    },
  };
}

/** The OAuth 2.0 username-password flow (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_username_password_flow.htm). */
async function login(http: Http, config: SalesforceConfig): Promise<Session> {
  const credentials = config.login;
  if (!credentials) {
    throw new CrmError({ kind: 'auth', crm: 'salesforce', status: 0, code: 'NO_CREDENTIALS', message: 'No access token and no login configured' });
  }
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    username: credentials.username,
    password: credentials.password,
  });
  const response = await http(`${credentials.loginUrl}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
    retryable: true,
  });
  const body = (await readJson(response)) as { access_token?: string; instance_url?: string } | undefined;
  if (!response.ok || !body?.access_token) {
    const error = salesforceError(response.status, body);
    throw new CrmError({ ...error, kind: response.status >= 500 ? error.kind : 'auth', message: error.message });
  }
  return { accessToken: body.access_token, instanceUrl: body.instance_url ?? config.instanceUrl ?? credentials.loginUrl };
}
