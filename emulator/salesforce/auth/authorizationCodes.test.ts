import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CODE_LIFETIME_MS, createAuthorizationCodes } from './authorizationCodes';

const grant = { clientId: 'app', userId: '005Dn000000CCardAAA', redirectUri: 'http://127.0.0.1:8123/cb', scopes: ['api'] };

describe('authorization codes', () => {
  it('redeems a code once, for its own client and redirect URI', () => {
    const codes = createAuthorizationCodes();
    const code = codes.issue(grant);
    expect(codes.redeem(code, 'other-app', grant.redirectUri, undefined)).toEqual({ refused: 'invalid authorization code' });
    const again = codes.issue(grant);
    expect(codes.redeem(again, 'app', 'http://127.0.0.1:8123/other', undefined)).toEqual({ refused: 'redirect_uri must match configuration' });
    const good = codes.issue(grant);
    expect(codes.redeem(good, 'app', grant.redirectUri, undefined)).toEqual({ grant });
    expect(codes.redeem(good, 'app', grant.redirectUri, undefined)).toEqual({ refused: 'invalid authorization code' });
  });

  it('expires codes after their lifetime', () => {
    let now = 1_000;
    const codes = createAuthorizationCodes(() => now);
    const code = codes.issue(grant);
    now += CODE_LIFETIME_MS;
    expect(codes.redeem(code, 'app', grant.redirectUri, undefined)).toEqual({ refused: 'expired authorization code' });
  });

  it('checks the PKCE verifier with S256 and plain (RFC 7636 appendix B)', () => {
    const codes = createAuthorizationCodes();
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const s256 = codes.issue({ ...grant, challenge: { value: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', method: 'S256' } });
    expect('grant' in codes.redeem(s256, 'app', grant.redirectUri, verifier)).toBe(true);
    const plain = codes.issue({ ...grant, challenge: { value: verifier, method: 'plain' } });
    expect(codes.redeem(plain, 'app', grant.redirectUri, `${verifier}x`)).toEqual({ refused: 'invalid code verifier' });
  });
});
