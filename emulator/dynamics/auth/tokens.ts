import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens are JWTs like the Microsoft identity platform's: `aud` is the resource
 * (the environment URL), `appid` the client, `tid` the tenant, `exp` one hour on. They are
 * signed with an HMAC key of the environment, so they need no storage.
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
 */
export interface TokenClaims {
  aud: string;
  iss: string;
  appid: string;
  tid: string;
  oid: string;
  iat: number;
  nbf: number;
  exp: number;
}

/** Seconds a token lives, as the token endpoint answers in `expires_in`. */
export const TOKEN_LIFETIME = 3599;

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (key: string, data: string) => createHmac('sha256', key).update(data).digest('base64url');

export function issueToken(key: string, claims: Omit<TokenClaims, 'iat' | 'nbf' | 'exp'>, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const body = `${encode({ typ: 'JWT', alg: 'HS256' })}.${encode({ ...claims, iat, nbf: iat, exp: iat + TOKEN_LIFETIME })}`;
  return `${body}.${sign(key, body)}`;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Checks signature, lifetime and audience; the reason reads like Dataverse's challenge. */
export function verifyToken(key: string, token: string, audience: string, now = Date.now()): TokenCheck {
  const parts = token.split('.');
  const invalid: TokenCheck = { ok: false, reason: 'Error identified in Payload provided by the user. This is either an invalid or expired token' };
  if (parts.length !== 3) return invalid;
  const expected = Buffer.from(sign(key, `${parts[0]}.${parts[1]}`));
  const actual = Buffer.from(parts[2]);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return invalid;
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return invalid;
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return invalid;
  if (trimSlash(claims.aud) !== trimSlash(audience)) return { ok: false, reason: `The token's audience '${claims.aud}' is not this environment (${audience}).` };
  return { ok: true, claims };
}

export const trimSlash = (url: string): string => (url.endsWith('/') ? url.slice(0, -1) : url);
