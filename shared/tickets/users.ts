import { z } from 'zod';

/** A user as exported by the CRM's ticketing system (Salesforce User, Zendesk user) or pushed by another system. */
export interface ImportUser {
  externalId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  active: boolean;
}

/** A user already known to the import, from any source, active or not. */
export interface KnownUser {
  externalId: string;
  email: string;
  active: boolean;
}

/** Reason codes of a refused user, as the run report names them (§8.2, issue 24). */
export type UserRefusal = 'email-in-name' | 'missing-first-name' | 'missing-last-name' | 'user-without-email' | 'invalid-email' | 'duplicate-email';
export type UserCheck = { ok: true; email: string } | { refused: UserRefusal };

const EMAIL_LIKE = /\S+@\S+/;
const emailSchema = z.email();
const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * PRODUCT.md §8.2: first and last name (not an email typed into them) and an email that
 * no other user of any source has, active or inactive. An email in a name field is told as
 * such first: a Zendesk name "bob@mail.example" is one word, so it also lacks a last name.
 * The same user (same external id) keeps its email when the CRM changes it: the import follows.
 */
export function checkUser(user: ImportUser, known: readonly KnownUser[] | EmailOwners): UserCheck {
  if (EMAIL_LIKE.test(user.firstName ?? '') || EMAIL_LIKE.test(user.lastName ?? '')) return { refused: 'email-in-name' };
  if (blank(user.firstName)) return { refused: 'missing-first-name' };
  if (blank(user.lastName)) return { refused: 'missing-last-name' };
  if (blank(user.email)) return { refused: 'user-without-email' };
  const email = (user.email as string).trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) return { refused: 'invalid-email' };
  const owner = Array.isArray(known) ? (known as readonly KnownUser[]).find((k) => k.email.toLowerCase() === email)?.externalId : (known as EmailOwners).get(email);
  if (owner !== undefined && owner !== user.externalId) return { refused: 'duplicate-email' };
  return { ok: true, email };
}

/** Lower-cased email → the external id of the user holding it: one lookup per user on big pushes. */
export type EmailOwners = ReadonlyMap<string, string>;

export function emailOwners(known: readonly KnownUser[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const k of known) if (!owners.has(k.email.toLowerCase())) owners.set(k.email.toLowerCase(), k.externalId);
  return owners;
}

export interface UserSelection {
  accepted: (ImportUser & { email: string })[];
  refused: { user: ImportUser; reason: UserRefusal }[];
}

/** Checks a whole export; within one export the first user with an email keeps it. */
export function selectUsers(users: readonly ImportUser[], known: readonly KnownUser[]): UserSelection {
  const selection: UserSelection = { accepted: [], refused: [] };
  const owners = emailOwners(known);
  const emailOf = new Map(known.map((k) => [k.externalId, k.email.toLowerCase()]));
  for (const user of users) {
    const check = checkUser(user, owners);
    if ('refused' in check) {
      selection.refused.push({ user, reason: check.refused });
      continue;
    }
    selection.accepted.push({ ...user, email: check.email });
    // A user whose email the CRM changed frees the old one.
    const previous = emailOf.get(user.externalId);
    if (previous !== undefined && previous !== check.email && owners.get(previous) === user.externalId) owners.delete(previous);
    owners.set(check.email, user.externalId);
    emailOf.set(user.externalId, check.email);
  }
  return selection;
}
