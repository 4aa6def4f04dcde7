import { describe, expect, it } from 'vitest';
import { signature } from './deliver';
import { isLoopbackUrl, newWebhookId } from './webhooks';

describe('webhooks', () => {
  it('accepts only endpoints on this machine', () => {
    expect(['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'https://[::1]:9443/x', 'http://127.5.0.1/'].every(isLoopbackUrl)).toBe(true);
    expect(['https://example.com/hook', 'http://10.0.0.5/', 'http://127.0.0.1.nip.io/', 'file:///etc/passwd', 'not a url', 'http://0.0.0.0/'].some(isLoopbackUrl)).toBe(false);
  });

  it('makes ULID-like ids that sort by time', () => {
    const a = newWebhookId(new Date('2024-01-01T00:00:00Z'));
    const b = newWebhookId(new Date('2025-01-01T00:00:00Z'));
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(a.slice(0, 10) < b.slice(0, 10)).toBe(true);
  });

  it('signs the timestamp followed by the body', () => {
    // Inputs of https://developer.zendesk.com/documentation/webhooks/verifying/: base64(HMACSHA256(TIMESTAMP + BODY)).
    // (An older copy of that page shows a signature made over BODY + TIMESTAMP: tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=.)
    const signed = signature('HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=', '2021-07-25T10:00:00Z', '{"say": "hello"}');
    expect(signed).toBe('Rry/4TtIdFyawtXXp8QdI6tlAUUQ/5kL1OTp5qo/ZIk=');
  });
});
