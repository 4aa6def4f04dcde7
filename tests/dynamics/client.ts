import { DynamicsWebApi, type Config } from 'dynamics-web-api';
import { afterAll, beforeAll } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';

/** The seeded app registration (README, "Seeded credentials"). */
export const APP = { tenant: 'customercard', clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

/** The client-credentials token request, sent with plain fetch as the identity platform documents it. */
export function requestToken(url: string, form: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams({ client_id: APP.clientId, client_secret: APP.clientSecret, grant_type: 'client_credentials', scope: `${url}/.default`, ...form });
  return fetch(`${url}/${APP.tenant}/oauth2/v2.0/token`, { method: 'POST', body });
}

/**
 * DynamicsWebApi pointed at the emulator: `serverUrl` is the environment URL, the library
 * adds `/api/data/v9.2/`. Its `onTokenRefresh` fetches a token from the token endpoint and
 * keeps it until shortly before it expires, as apps do.
 */
export function dataverse(url: string, config: Config = {}): DynamicsWebApi {
  let cached: { token: string; until: number } | undefined;
  return new DynamicsWebApi({
    serverUrl: url,
    async onTokenRefresh() {
      if (cached && cached.until > Date.now()) return cached.token;
      const res = await requestToken(url);
      const body = (await res.json()) as { access_token: string; expires_in: number };
      cached = { token: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 };
      return cached.token;
    },
    ...config,
  });
}

/** Starts an in-memory emulator for the calling test file and closes it after. */
export function useDynamics() {
  let emulator: RunningEmulator | undefined;
  let api: DynamicsWebApi | undefined;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    api = dataverse(emulator.url);
  });
  afterAll(() => emulator?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useDynamics: read the client inside a test, after beforeAll');
    return value;
  };
  return { emulator: () => started(emulator), api: () => started(api) };
}

/** The error a DynamicsWebApi call rejects with: the Web API's `error` fields plus the HTTP status. */
export async function failure(call: Promise<unknown>): Promise<{ status: number; code: string; message: string; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    return error as { status: number; code: string; message: string; headers: Record<string, string> };
  }
  throw new Error('expected the call to fail');
}
