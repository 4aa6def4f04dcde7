import { digestToken, hashPassword, isPasswordHash, isTokenDigest } from '../auth/secrets';
import type { ZendeskState } from '../model/state';

export interface Login {
  email: string;
  password: string;
  apiToken: string;
}

/** The story's sign-ins, stored the way the account keeps secrets: hashed, never in clear. */
export async function seedCredentials(state: ZendeskState, logins: readonly Login[]): Promise<void> {
  for (const login of logins) {
    state.data.passwords.push({ email: login.email, password_hash: await hashPassword(login.password) });
    state.data.apiTokens.push(digestToken(login.apiToken));
  }
}

type LegacyData = { passwords: { email: string; password?: string; password_hash?: string }[]; oauthTokens: { token?: string; token_digest?: string; token_prefix?: string }[] };

/**
 * Data files written before secrets were hashed hold passwords and tokens in clear; they are
 * hashed in place on start, so the clear values never stay on disk past the next save.
 */
export async function hashLegacySecrets(state: ZendeskState): Promise<boolean> {
  const data = state.data as unknown as LegacyData & { apiTokens: string[] };
  let changed = false;
  for (const credential of data.passwords) {
    if (credential.password !== undefined && !(credential.password_hash && isPasswordHash(credential.password_hash))) {
      credential.password_hash = await hashPassword(credential.password);
      delete credential.password;
      changed = true;
    }
  }
  data.apiTokens = data.apiTokens.map((token) => {
    if (isTokenDigest(token)) return token;
    changed = true;
    return digestToken(token);
  });
  for (const token of data.oauthTokens) {
    if (token.token !== undefined) {
      token.token_digest = digestToken(token.token);
      token.token_prefix = token.token.slice(0, 10);
      delete token.token;
      changed = true;
    }
  }
  return changed;
}
