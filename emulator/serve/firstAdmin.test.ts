import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../contact-center/auth/passwords';
import { openContactCenterData } from '../contact-center/data';
import { MEMORY, openStore } from '../store/store';
import { createFirstAdmin } from './firstAdmin';

const now = new Date('2026-12-05T22:00:00Z');
const admin = { username: 'amelie.durand@example.fr', name: 'Amélie Durand', password: 'correct horse battery' };

describe('npm run admin:create', () => {
  it('makes the first admin with a hashed password, and only the first', async () => {
    const cc = openContactCenterData(await openStore(MEMORY));
    const result = await createFirstAdmin(cc, admin, now);
    expect(result).toEqual({ created: expect.stringMatching(/^agent-/) });
    const [stored] = cc.data.agents;
    expect(stored).toMatchObject({ role: 'admin', username: admin.username, state: 'unavailable' });
    expect(stored.passwordHash).not.toContain(admin.password);
    expect(await verifyPassword(admin.password, stored.passwordHash)).toBe(true);
    expect(await createFirstAdmin(cc, { ...admin, username: 'b@example.fr' }, now)).toEqual({ refused: 'admin-exists' });
  });

  it('refuses a short password and a username an agent already has', async () => {
    const cc = openContactCenterData(await openStore(MEMORY));
    expect(await createFirstAdmin(cc, { ...admin, password: 'emulator' }, now)).toEqual({ refused: 'password-too-short' });
    cc.data.agents.push({ id: 'a1', name: 'A', username: 'AMELIE.durand@example.fr', passwordHash: 'x', role: 'agent', queues: [], skills: [], state: 'unavailable', idleSince: now.toISOString() });
    expect(await createFirstAdmin(cc, admin, now)).toEqual({ refused: 'username-taken' });
  });
});
