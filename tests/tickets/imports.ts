import type { CcContract, ImportSource, RouteResponse } from '../../shared/contract';
import type { RunningEmulator } from '../../emulator/server';
import { CC_ADMIN, signInCc, type SignedInClient } from '../support/cc';

export type RunView = RouteResponse<CcContract['getImport']>;

/** The admin (or another user) signed in to the contact-center API. */
export const ccClient = (emulator: RunningEmulator, who = CC_ADMIN): Promise<SignedInClient> => signInCc(emulator.url, who.username, who.password);

/** Polls an import until it is no longer running. */
export async function waitForRun(client: SignedInClient, id: string): Promise<RunView> {
  for (;;) {
    const run = await client.call('getImport', { params: { id } });
    if (run.state !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts an import and waits for its end. */
export async function runImport(client: SignedInClient, source: ImportSource, perPage?: number): Promise<RunView> {
  const started = await client.send('startImport', { body: { source, ...(perPage ? { perPage } : {}) } });
  if (started.status !== 202) throw new Error(`import refused: ${JSON.stringify(started.body)}`);
  return waitForRun(client, started.body.id);
}
