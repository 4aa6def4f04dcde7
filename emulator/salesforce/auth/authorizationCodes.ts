import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Authorization codes of the web server flow: one use each, valid for 15 minutes, bound to
 * the client, the redirect URI and the PKCE challenge they were issued with. They live in
 * memory only: a code outliving a restart would outlive its purpose.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm
 */
export const CODE_LIFETIME_MS = 15 * 60_000;

export interface CodeGrant {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  challenge?: { value: string; method: 'S256' | 'plain' };
}

export type Redemption = { grant: CodeGrant } | { refused: 'invalid authorization code' | 'expired authorization code' | 'invalid code verifier' | 'redirect_uri must match configuration' };

export interface AuthorizationCodes {
  issue(grant: CodeGrant): string;
  redeem(code: string, clientId: string, redirectUri: string | undefined, verifier: string | undefined): Redemption;
}

const sameText = (a: string, b: string) => {
  const [x, y] = [createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest()];
  return timingSafeEqual(x, y);
};

/** RFC 7636 §4.6: S256 compares BASE64URL(SHA256(verifier)) with the challenge. */
export function verifierMatches(challenge: NonNullable<CodeGrant['challenge']>, verifier: string): boolean {
  const derived = challenge.method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return sameText(derived, challenge.value);
}

export function createAuthorizationCodes(now: () => number = () => Date.now()): AuthorizationCodes {
  const codes = new Map<string, CodeGrant & { expiresAt: number }>();
  const sweep = () => {
    for (const [code, grant] of codes) if (grant.expiresAt <= now()) codes.delete(code);
  };
  return {
    issue(grant) {
      sweep();
      const code = `aPrx${randomBytes(32).toString('base64url')}`;
      codes.set(code, { ...grant, expiresAt: now() + CODE_LIFETIME_MS });
      return code;
    },
    redeem(code, clientId, redirectUri, verifier) {
      const stored = codes.get(code);
      // A code is spent by any attempt to redeem it, right or wrong (RFC 6749 §4.1.2).
      codes.delete(code);
      if (!stored || stored.clientId !== clientId) return { refused: 'invalid authorization code' };
      const { expiresAt, ...grant } = stored;
      if (expiresAt <= now()) return { refused: 'expired authorization code' };
      if (redirectUri !== grant.redirectUri) return { refused: 'redirect_uri must match configuration' };
      if (grant.challenge && (verifier === undefined || !verifierMatches(grant.challenge, verifier))) return { refused: 'invalid code verifier' };
      return { grant };
    },
  };
}
