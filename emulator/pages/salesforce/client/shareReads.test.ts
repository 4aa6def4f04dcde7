import { describe, expect, it } from 'vitest';
// @ts-expect-error plain browser module without types
import { shareReads } from './shareReads.js';

/** A window whose fetch answers each request when the test says so, counting what was sent. */
function fakeWindow() {
  const sent: { url: string; init: RequestInit }[] = [];
  const answers: ((body: unknown) => void)[] = [];
  const target = {
    location: { href: 'https://org.example/lightning/page/home' },
    fetch: (url: string, init: RequestInit = {}) => {
      sent.push({ url, init });
      return new Promise<Response>((resolve) => answers.push((body) => resolve(new Response(JSON.stringify(body)))));
    },
  };
  shareReads(target);
  return { target, sent, answer: (i: number, body: unknown) => answers[i](body) };
}

describe('shareReads', () => {
  it('sends a config or agent read once while it is on its way, and each caller reads the answer', async () => {
    const { target, sent, answer } = fakeWindow();
    const first = target.fetch('/cc/v1/config', { credentials: 'include' });
    const second = target.fetch('https://org.example/cc/v1/config', { method: 'get' });
    expect(sent).toHaveLength(1);
    answer(0, { config: { features: {} } });
    expect(await (await first).json()).toEqual({ config: { features: {} } });
    expect(await (await second).json()).toEqual({ config: { features: {} } });
  });

  it('reads again once the answer came: nothing is cached', async () => {
    const { target, sent, answer } = fakeWindow();
    const first = target.fetch('/cc/v1/agents/me');
    answer(0, { agent: { id: 'agent-1' } });
    await first;
    void target.fetch('/cc/v1/agents/me');
    expect(sent).toHaveLength(2);
  });

  it('leaves other requests, writes and other credentials alone', () => {
    const { target, sent } = fakeWindow();
    void target.fetch('/cc/v1/interactions/int-1');
    void target.fetch('/cc/v1/interactions/int-1');
    void target.fetch('/cc/v1/config', { method: 'PUT', body: '{}' });
    void target.fetch('/cc/v1/config', { method: 'PUT', body: '{}' });
    void target.fetch('/cc/v1/agents/me', { headers: { authorization: 'Bearer a' } });
    void target.fetch('/cc/v1/agents/me', { headers: { authorization: 'Bearer b' } });
    expect(sent).toHaveLength(6);
  });
});
