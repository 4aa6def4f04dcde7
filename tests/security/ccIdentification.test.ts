import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { signInCc, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';

/** Issue 23, finding 7: an address with wildcards identifies no one. */
describe('identification only on an exact identity point (finding 7)', () => {
  let emulator: RunningEmulator;
  let agent: SignedInClient;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
  });
  afterAll(() => emulator.close());

  const chat = (from: string) => agent.call('startDigitalInteraction', { body: { channel: 'chat', from, text: 'Hello' } });

  it('does not identify maria*@acme.example as Maria García', async () => {
    const { interaction } = await chat('maria*@acme.example');
    expect(interaction.ivr?.matches.map((m) => m.name)).not.toContain('Maria García');
    expect(interaction.ivr?.outcome).not.toBe('identified');
  });

  it('still identifies her exact address', async () => {
    const { interaction } = await chat('maria.garcia@acme.example');
    expect(interaction.ivr?.outcome).toBe('identified');
    expect(interaction.ivr?.matches[0].name).toBe('Maria García');
  });
});
