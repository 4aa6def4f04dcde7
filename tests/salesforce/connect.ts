import jsforce, { type Connection } from 'jsforce';
import type { RunningEmulator } from '../../emulator/server';

export const AGENT = { username: 'agent@customercard.example', password: 'emulator' };
export const CLIENT = { clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

/** A jsforce connection logged in through the SOAP login call, as apps commonly do. */
export async function login(emulator: RunningEmulator): Promise<Connection> {
  const conn = new jsforce.Connection({ loginUrl: emulator.url, version: '62.0' });
  await conn.login(AGENT.username, AGENT.password);
  return conn;
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
