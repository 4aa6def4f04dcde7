import type { RunningEmulator } from '../../emulator/server';

export const ADMIN = { username: 'admin@customercard.example', password: 'emulator' };
export const AGENT = { username: 'agent@customercard.example', password: 'emulator' };

/** A signed-in caller of the contact-center API. */
export async function ccClient(emulator: RunningEmulator, who = ADMIN) {
  const signIn = await fetch(`${emulator.url}/cc/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const { access_token: token } = (await signIn.json()) as { access_token: string };
  const call = async <T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${emulator.url}/cc/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  return { token, call };
}

export type CcClient = Awaited<ReturnType<typeof ccClient>>;

export interface RunView {
  id: string;
  state: 'running' | 'done' | 'failed';
  error?: string;
  progress: { pages: number; users: number; tickets: number; removedTickets: number };
  report: {
    imported: { kind: string; id: string; note?: string }[];
    skipped: { kind: string; id: string; reason: string; text: string }[];
    counts: Record<string, number>;
  };
}

/** Polls an import until it is no longer running. */
export async function waitForRun(client: CcClient, id: string): Promise<RunView> {
  for (;;) {
    const { body } = await client.call<RunView>(`/imports/${id}`);
    if (body.state !== 'running') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts an import and waits for its end. */
export async function runImport(client: CcClient, source: 'zendesk' | 'salesforce', perPage?: number): Promise<RunView> {
  const started = await client.call<{ id: string }>('/imports', { method: 'POST', body: { source, ...(perPage ? { perPage } : {}) } });
  if (started.status !== 202) throw new Error(`import refused: ${JSON.stringify(started.body)}`);
  return waitForRun(client, started.body.id);
}
