import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error plain browser module without types
import { readsSettle } from './readsSettle.js';

/** A window whose fetch answers each request when the test says so; timers are the test's (fake) ones. */
function fakeWindow() {
  const sent: string[] = [];
  const answers: ((body: unknown) => void)[] = [];
  const target = {
    location: { href: 'https://org.example/lightning/page/home' },
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    fetch: (url: string) => {
      sent.push(url);
      return new Promise<Response>((resolve) => answers.push((body) => resolve(new Response(JSON.stringify(body)))));
    },
  };
  const reads = readsSettle(target, (url: URL) => url.pathname.startsWith('/cc/v1/'));
  return { target, reads, sent, answer: (i: number, body: unknown) => answers[i](body) };
}

/** Lets the answers' bodies arrive and the zero-delay timers after them run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('readsSettle', () => {
  it('waits for the counted requests, and for those their handlers start, before running the work once', async () => {
    vi.useFakeTimers();
    const { target, reads, sent, answer } = fakeWindow();
    const work = vi.fn();
    // Like the card: the interaction's answer sends the request for its card.
    void target
      .fetch('/cc/v1/interactions/int-1')
      .then((response: Response) => response.json())
      .then(() => target.fetch('/cc/v1/cards/card-1'));
    reads.whenSettled(work, 1000);
    answer(0, { interaction: { cardId: 'card-1' } });
    await settle();
    expect(sent).toEqual(['/cc/v1/interactions/int-1', '/cc/v1/cards/card-1']);
    expect(work).not.toHaveBeenCalled();
    answer(1, { card: { name: 'Maria' } });
    await settle();
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('does not wait for requests it does not count, nor for a page that reads nothing', async () => {
    vi.useFakeTimers();
    const { target, reads, sent } = fakeWindow();
    const work = vi.fn();
    void target.fetch('/services/data/v62.0/ui-api/records/003');
    reads.whenSettled(work, 1000);
    await settle();
    expect(sent).toEqual(['/services/data/v62.0/ui-api/records/003']);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('runs the work after the longest wait when an answer does not come', async () => {
    vi.useFakeTimers();
    const { target, reads } = fakeWindow();
    const work = vi.fn();
    void target.fetch('/cc/v1/config');
    reads.whenSettled(work, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('counts a failed request as come back, and hands the caller its own error', async () => {
    vi.useFakeTimers();
    const target = {
      location: { href: 'https://org.example/' },
      setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
      fetch: (_url: string) => Promise.reject(new TypeError('offline')),
    };
    const reads = readsSettle(target);
    const work = vi.fn();
    const failed = target.fetch('/cc/v1/config').catch((error: Error) => error.message);
    reads.whenSettled(work, 1000);
    expect(await failed).toBe('offline');
    await settle();
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
