import { describe, expect, it } from 'vitest';
import { CrmError } from '../../ports/crmError';
import { jsonResponse, recordedSleep, scriptedFetch } from '../fakeFetch';
import { backoffDelay, retryAfterMs } from './backoff';
import { basicAuth } from './basicAuth';
import { createHttp } from './http';

function client(replies: Parameters<typeof scriptedFetch>[0], extra: Partial<Parameters<typeof createHttp>[0]> = {}) {
  const fake = scriptedFetch(replies);
  const timing = recordedSleep();
  const http = createHttp({ crm: 'salesforce', fetch: fake.fetch, sleep: timing.sleep, random: () => 0.5, ...extra });
  return { http, calls: fake.calls, waits: timing.waits };
}

describe('http with retries', () => {
  it('retries a 503 and returns the success that follows', async () => {
    const { http, calls, waits } = client([jsonResponse(503, {}), jsonResponse(200, { ok: true })]);
    const response = await http('https://crm.example/x');
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([187.5]);
  });

  it('never retries a 4xx: the request itself is wrong', async () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const { http, calls } = client([jsonResponse(status, {}), jsonResponse(200, {})]);
      expect((await http('https://crm.example/x')).status).toBe(status);
      expect(calls).toHaveLength(1);
    }
  });

  it('waits as long as Retry-After asks on a 429, in seconds or as an HTTP date', async () => {
    const seconds = client([jsonResponse(429, {}, { 'Retry-After': '3' }), jsonResponse(200, {})]);
    await seconds.http('https://crm.example/x');
    expect(seconds.waits).toEqual([3000]);

    const now = Date.parse('2025-03-01T10:00:00Z');
    const date = client([jsonResponse(503, {}, { 'Retry-After': 'Sat, 01 Mar 2025 10:00:07 GMT' }), jsonResponse(200, {})], { now: () => now });
    await date.http('https://crm.example/x');
    expect(date.waits).toEqual([7000]);
  });

  it('gives the 429 back at once when Retry-After is longer than the caller can wait', async () => {
    const { http, calls, waits } = client([jsonResponse(429, {}, { 'Retry-After': '3600' })]);
    expect((await http('https://crm.example/x')).status).toBe(429);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('backs off exponentially on network errors and stops after the bounded attempts', async () => {
    const { http, calls, waits } = client(() => new TypeError('fetch failed'), { maxAttempts: 4, baseDelayMs: 100, random: () => 1 });
    const error = await http('https://crm.example/x').catch((e) => e);
    expect(error).toBeInstanceOf(CrmError);
    expect(error).toMatchObject({ kind: 'unavailable', code: 'NETWORK_ERROR', status: 0, crm: 'salesforce' });
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('returns the last 5xx when every attempt failed', async () => {
    const { http, calls } = client(() => jsonResponse(502, {}), { maxAttempts: 3 });
    expect((await http('https://crm.example/x')).status).toBe(502);
    expect(calls).toHaveLength(3);
  });

  it('does not send a POST twice on a 5xx or a lost response, but does on a 429', async () => {
    const failed = client([jsonResponse(500, {}), jsonResponse(201, {})]);
    expect((await failed.http('https://crm.example/x', { method: 'POST', body: '{}' })).status).toBe(500);
    expect(failed.calls).toHaveLength(1);

    const lost = client([new TypeError('socket hang up'), jsonResponse(201, {})]);
    await expect(lost.http('https://crm.example/x', { method: 'POST', body: '{}' })).rejects.toMatchObject({ kind: 'unavailable' });
    expect(lost.calls).toHaveLength(1);

    const limited = client([jsonResponse(429, {}), jsonResponse(201, {})]);
    expect((await limited.http('https://crm.example/x', { method: 'POST', body: '{}' })).status).toBe(201);
    expect(limited.calls).toHaveLength(2);
  });

  it('aborts an attempt that outlives its timeout', async () => {
    const hanging = (call: { signal: AbortSignal | undefined }) =>
      new Promise<Response>((_resolve, reject) => call.signal?.addEventListener('abort', () => reject(call.signal?.reason)));
    const { http, calls } = client(() => hanging, { timeoutMs: 5, maxAttempts: 2 });
    await expect(http('https://crm.example/x')).rejects.toMatchObject({ kind: 'unavailable', code: 'TIMEOUT' });
    expect(calls).toHaveLength(2);
  });
});

describe('backoff and headers', () => {
  it('caps the exponential delay and keeps at least half of it', () => {
    expect(backoffDelay(1, 100, 1000, () => 0)).toBe(50);
    expect(backoffDelay(3, 100, 1000, () => 1)).toBe(400);
    expect(backoffDelay(10, 100, 1000, () => 1)).toBe(1000);
  });

  it('reads Retry-After or ignores what it cannot read', () => {
    expect(retryAfterMs('12', 0)).toBe(12_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });

  it('encodes Basic credentials as UTF-8 without Node buffers', () => {
    expect(basicAuth('admin', 'emulator')).toBe('Basic YWRtaW46ZW11bGF0b3I=');
    expect(atob(basicAuth('jürgen', 'pässword').slice(6))).toBe(String.fromCharCode(...new TextEncoder().encode('jürgen:pässword')));
  });
});
