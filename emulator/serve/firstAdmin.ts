import { hashPassword } from '../contact-center/auth/passwords';
import { nextId, type ContactCenterStore } from '../contact-center/data';

export interface NewAdmin {
  username: string;
  name: string;
  password: string;
}

export type FirstAdminResult = { created: string } | { refused: 'admin-exists' | 'username-taken' | 'password-too-short' };

/** Long enough that it is not guessed; the admin may change it later. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * The first admin of a service started with no demo data (production has no seeded password).
 * Once an admin exists, admins come from the admin console, not from a shell.
 */
export async function createFirstAdmin(cc: ContactCenterStore, admin: NewAdmin, now: Date): Promise<FirstAdminResult> {
  if (cc.data.agents.some((agent) => agent.role === 'admin')) return { refused: 'admin-exists' };
  if (cc.data.agents.some((agent) => agent.username.toLowerCase() === admin.username.toLowerCase())) return { refused: 'username-taken' };
  if (admin.password.length < MIN_PASSWORD_LENGTH) return { refused: 'password-too-short' };
  const id = nextId(cc.data, 'agent');
  cc.data.agents.push({
    id,
    name: admin.name,
    username: admin.username,
    passwordHash: await hashPassword(admin.password),
    role: 'admin',
    queues: [],
    skills: [],
    state: 'unavailable',
    idleSince: now.toISOString(),
  });
  await cc.save();
  return { created: id };
}
