import { afterAll, describe, expect, it } from 'vitest';
import { reply, useZendesk } from './client';

// Read when the emulator starts (in useZendesk's beforeAll), so set before it and restore after.
const previous = process.env.ZENDESK_RATE_LIMIT;
process.env.ZENDESK_RATE_LIMIT = '5';
afterAll(() => {
  if (previous === undefined) delete process.env.ZENDESK_RATE_LIMIT;
  else process.env.ZENDESK_RATE_LIMIT = previous;
});

const zd = useZendesk();

describe('Zendesk rate limit, turned on with ZENDESK_RATE_LIMIT', () => {
  it('answers 429 with Retry-After once the per-minute budget is spent', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${zd.emulator.url}/api/v2/users/me.json`);
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
      else await res.arrayBuffer();
    }
    // The minute may roll over during the loop; what matters is that the sixth call of a minute is refused.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(limited!.headers.get('x-rate-limit')).toBe('5');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await limited!.text()).toBe('Number of allowed API requests per minute exceeded');
  });

  it('reaches node-zendesk as its 429 error result', async () => {
    // node-zendesk returns (rather than throws) its error when the answer carries Retry-After.
    let last: { response: { status: number }; result: unknown } | undefined;
    for (let i = 0; i < 7 && last?.response.status !== 429; i++) last = await reply(zd.client.users.me());
    expect(last!.response.status).toBe(429);
    expect(last!.result).toMatchObject({ statusCode: 429 });
  });
});
