import zendesk from 'node-zendesk';
import { afterAll, beforeAll } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { loadStory } from '../../emulator/seed/story';
import { startMemoryEmulator } from '../support/emulator';

/** What the demo story seeds into Zendesk: the tests count against it, not against a number that goes stale. */
const { zendesk: seeded } = await loadStory();
export const SEEDED_TICKETS = seeded.tickets.length;
export const SEEDED_USERS = seeded.agents.length + seeded.users.length;

/** The seeded admin of the demo account (story crm-users.json). */
export const ADMIN = { email: 'admin@customercard.example', password: 'emulator', token: 'emulator-token' };

/** node-zendesk 6, unchanged, pointed at the emulator instead of `{subdomain}.zendesk.com`. */
export function zendeskClient(emulator: RunningEmulator, auth: { password?: string; token?: string; oauth?: boolean } = { token: ADMIN.token }) {
  return zendesk.createClient({
    username: ADMIN.email,
    endpointUri: `${emulator.url}/api/v2`,
    throwOriginalException: true,
    ...auth,
  });
}

/**
 * Starts an in-memory emulator for the calling test file (closed after it) and gives its URL's
 * emulator and an admin node-zendesk client; read them inside tests, once the hooks have run.
 */
export function useZendesk() {
  let emulator: RunningEmulator | undefined;
  let client: ReturnType<typeof zendeskClient> | undefined;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    client = zendeskClient(emulator);
  });
  afterAll(() => emulator?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useZendesk: read the emulator inside a test, after beforeAll');
    return value;
  };
  return {
    get emulator() {
      return started(emulator);
    },
    get client() {
      return started(client);
    },
  };
}

export function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

/** Raw calls for what node-zendesk has no method for, authenticated as the admin's token. */
export function api(emulator: RunningEmulator, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.url}/api/v2${path}`, {
    ...init,
    headers: { authorization: basic(`${ADMIN.email}/token`, ADMIN.token), 'content-type': 'application/json', ...init.headers },
  });
}

/** node-zendesk with `throwOriginalException` rejects with the status and Zendesk's body. */
export async function failure(promise: Promise<unknown>): Promise<{ statusCode: number; result: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { statusCode: number; result: unknown };
  }
  throw new Error('expected the request to fail');
}

/** What node-zendesk's request methods resolve to at run time, whatever their typings say. */
export interface Reply<T = Record<string, unknown>> {
  response: { status: number };
  result: T;
}

export const reply = <T = Record<string, unknown>>(promise: Promise<unknown>) => promise as Promise<Reply<T>>;
