import { z } from 'zod';

/** A user as exported by the CRM's ticketing system (Salesforce User, Zendesk user). */
export interface ImportUser {
  externalId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  active: boolean;
}

/** A user already known to the import, active or not. */
export interface KnownUser {
  externalId: string;
  email: string;
  active: boolean;
}

export type UserRefusal = 'missing-first-name' | 'missing-last-name' | 'email-in-name' | 'missing-email' | 'invalid-email' | 'email-taken';

export type UserCheck = { ok: true; email: string } | { refused: UserRefusal };

const EMAIL_LIKE = /\S+@\S+/;
const emailSchema = z.email();
const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * PRODUCT.md §8.2: first and last name (not an email typed into them) and an email that
 * no other user has, active or inactive.
 */
export function checkUser(user: ImportUser, known: readonly KnownUser[]): UserCheck {
  if (blank(user.firstName)) return { refused: 'missing-first-name' };
  if (blank(user.lastName)) return { refused: 'missing-last-name' };
  if (EMAIL_LIKE.test(user.firstName as string) || EMAIL_LIKE.test(user.lastName as string)) return { refused: 'email-in-name' };
  if (blank(user.email)) return { refused: 'missing-email' };
  const email = (user.email as string).trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) return { refused: 'invalid-email' };
  if (known.some((k) => k.email.toLowerCase() === email && k.externalId !== user.externalId)) return { refused: 'email-taken' };
  return { ok: true, email };
}

export interface UserSelection {
  accepted: (ImportUser & { email: string })[];
  refused: { user: ImportUser; reason: UserRefusal }[];
}

/** Checks a whole export; within one export the first user with an email keeps it. */
export function selectUsers(users: readonly ImportUser[], known: readonly KnownUser[]): UserSelection {
  const selection: UserSelection = { accepted: [], refused: [] };
  const taken = [...known];
  for (const user of users) {
    const check = checkUser(user, taken);
    if ('refused' in check) {
      selection.refused.push({ user, reason: check.refused });
      continue;
    }
    selection.accepted.push({ ...user, email: check.email });
    taken.push({ externalId: user.externalId, email: check.email, active: user.active });
  }
  return selection;
}
