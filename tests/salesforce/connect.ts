import jsforce, { type Connection } from 'jsforce';
import { afterAll, beforeAll } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';

export const AGENT = { username: 'agent@customercard.example', password: 'emulator' };
export const CLIENT = { clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

/** A jsforce connection logged in through the SOAP login call, as apps commonly do. */
export async function login(emulator: Pick<RunningEmulator, 'url'>): Promise<Connection> {
  const conn = new jsforce.Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(AGENT.username, AGENT.password);
  return conn;
}

/**
 * Starts an in-memory emulator for the calling test file (closed after it) and logs the agent in
 * with jsforce; read `emulator` and `conn` inside tests or later hooks, once this one has run.
 */
export function useSalesforce() {
  let emulator: RunningEmulator | undefined;
  let conn: Connection | undefined;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    conn = await login(emulator);
  });
  afterAll(() => emulator?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSalesforce: read the connection inside a test, after beforeAll');
    return value;
  };
  return {
    get emulator() {
      return started(emulator);
    },
    get conn() {
      return started(conn);
    },
  };
}

/** The error a jsforce call rejects with, for asserting on its code and message. */
export async function rejection(promise: Promise<unknown>): Promise<{ errorCode?: string; message: string; fields?: string[] }> {
  try {
    await promise;
  } catch (error) {
    return error as { errorCode?: string; message: string };
  }
  throw new Error('expected the call to fail');
}
