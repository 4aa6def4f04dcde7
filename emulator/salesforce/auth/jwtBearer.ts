import { verify } from 'node:crypto';
import type { ConnectedApp } from './connectedApps';

/**
 * The OAuth 2.0 JWT bearer flow's assertion: RS256-signed, `iss` the consumer key, `sub` the
 * username, `aud` the login URL, `exp` in the future; verified with the public key of the
 * certificate uploaded to the connected app.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm
 */
export type Assertion = { clientId: string; username: string } | { error: 'invalid_client_id' | 'invalid_grant'; description: string };

interface Claims {
  iss?: unknown;
  sub?: unknown;
  aud?: unknown;
  exp?: unknown;
}

const part = <T>(text: string | undefined): T | undefined => {
  try {
    return JSON.parse(Buffer.from(text ?? '', 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
};

const INVALID = { error: 'invalid_grant', description: 'invalid assertion' } as const;

/** Reads and checks an assertion; `audiences` are the login URLs this org answers for. */
export function checkAssertion(assertion: string, apps: Map<string, ConnectedApp>, audiences: string[], nowMs = Date.now()): Assertion {
  const [headerText, claimsText, signature, extra] = assertion.split('.');
  const header = part<{ alg?: unknown }>(headerText);
  const claims = part<Claims>(claimsText);
  if (extra !== undefined || !header || !claims || signature === undefined || typeof claims !== 'object' || claims === null) return INVALID;
  if (header.alg !== 'RS256') return { error: 'invalid_grant', description: 'algorithm not supported' };
  const app = typeof claims.iss === 'string' ? apps.get(claims.iss) : undefined;
  if (!app) return { error: 'invalid_client_id', description: 'client identifier invalid' };
  if (!app.publicKey || (app.certificate && Date.parse(app.certificate.validTo) <= nowMs)) return INVALID;
  const signed = verify('RSA-SHA256', Buffer.from(`${headerText}.${claimsText}`), app.publicKey, Buffer.from(signature, 'base64url'));
  if (!signed) return INVALID;
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => typeof a === 'string' && audiences.includes(a.replace(/\/$/, '')))) return { error: 'invalid_grant', description: 'audience is invalid' };
  // Salesforce words an expired assertion as it words an expired code.
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return { error: 'invalid_grant', description: 'expired authorization code' };
  if (typeof claims.sub !== 'string' || !claims.sub) return INVALID;
  return { clientId: app.clientId, username: claims.sub };
}
