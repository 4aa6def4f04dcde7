import { createCcClient } from '../../shared/contract';
import type { Browser, Page } from 'playwright-core';
import type { RunningEmulator } from '../../emulator/server';
import { launchChromium } from '../support/browser';
import { startMemoryEmulator } from '../support/emulator';
import { median, percentile, type Figure } from './figure';
import { csrfOf } from '../support/cc';

/** Calls answered (or pages opened) per page benchmark; `PAGE_BENCH_SAMPLES=3` for a quick check. */
export const SAMPLES = Number(process.env.PAGE_BENCH_SAMPLES ?? 12);

/** Runs `measure` against a fresh in-memory emulator and Chromium, closing both whatever happens. */
export async function inChromium(measure: (emulator: RunningEmulator, browser: Browser) => Promise<Figure[]>): Promise<Figure[]> {
  const emulator = await startMemoryEmulator();
  const browser = await launchChromium();
  try {
    return await measure(emulator, browser);
  } finally {
    await browser.close();
    await emulator.close();
  }
}

/** The signed-in page's session, for calling the contact center as that agent. */
export const sessionCookie = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

/** Headers to call the contact center as the signed-in page does: its session, same origin, its CSRF token. */
export const pageHeaders = (baseUrl: string, cookie: string) => ({ cookie, origin: baseUrl, 'x-csrf-token': csrfOf(cookie) });

/** When the page's request for the interaction finished (page clock); the Lightning card's carries its card (`?include=card`). */
const interactionArrived = (page: Page) =>
  page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => /\/cc\/v1\/interactions\/[^/?]+(\?[^/]*)?$/.test(e.name));
    return entry ? (entry as PerformanceResourceTiming).responseEnd : NaN;
  });

/** The calls a page benchmark answers in the softphone of a signed-in `page`. */
export interface AnsweredCalls {
  baseUrl: string;
  /** The caller's number, which the IVR looks up. */
  ani: string;
  /** Where the screen pop lands. */
  recordUrl: string | RegExp;
  /** Where the agent goes back to between calls. */
  homePath: string;
  /** Before each call, e.g. until the softphone listens to its events. */
  beforeCall?: () => Promise<void>;
  /** Whether a call the IVR still holds is routed on by hand. */
  routeFromIvr?: boolean;
}

export interface AnswerTimings {
  /** From the click on Answer, epoch clock: includes the screen-pop navigation. */
  fromAnswer: number[];
  /** From the moment the page has the interaction, page clock. */
  fromInteraction: number[];
}

/**
 * Answers `SAMPLES` calls and times each until the card shows the contact. The page's init script
 * must set `window.cardShownAt = { epoch: Date.now(), page: performance.now() }` at that moment.
 */
export async function timeAnswers(page: Page, calls: AnsweredCalls): Promise<AnswerTimings> {
  const cookie = await sessionCookie(page);
  const cc = createCcClient({ baseUrl: calls.baseUrl, headers: pageHeaders(calls.baseUrl, cookie) });

  const timings: AnswerTimings = { fromAnswer: [], fromInteraction: [] };
  for (let i = 0; i < SAMPLES; i++) {
    await calls.beforeCall?.();
    const { interaction } = await cc.call('placeCall', { body: { ani: calls.ani, dnis: '+18005550100' } });
    if (calls.routeFromIvr && interaction.state === 'ivr') await cc.call('queueAsIs', { params: { id: interaction.id } });
    const answer = page.locator('#softphone').getByRole('button', { name: 'Answer' });
    await answer.waitFor();
    const clickedAt = Date.now();
    await answer.click();
    await page.waitForURL(calls.recordUrl);
    await page.waitForFunction(() => (window as unknown as { cardShownAt?: unknown }).cardShownAt);
    const shown = await page.evaluate(() => (window as unknown as { cardShownAt: { epoch: number; page: number } }).cardShownAt);
    timings.fromAnswer.push(shown.epoch - clickedAt);
    timings.fromInteraction.push(shown.page - (await interactionArrived(page)));
    await cc.call('hangUp', { params: { id: interaction.id } });
    await cc.call('completeAfterCallWork', { params: { id: interaction.id } });
    await page.goto(`${calls.baseUrl}${calls.homePath}`);
  }
  return timings;
}

/** The figures of a page benchmark; the goal counts from the moment the page has the interaction. */
export function answerFigures(who: string, timings: AnswerTimings, answerIncludes: string): Figure[] {
  const row = (name: string, value: number, goal?: number): Figure => ({
    name,
    value: Math.round(value * 10) / 10,
    unit: 'ms',
    ...(goal === undefined ? {} : { goal: `<= ${goal} ms`, met: value <= goal }),
  });
  return [
    row(`page has the interaction -> card shows the ${who} (p50 of ${SAMPLES})`, median(timings.fromInteraction), 150),
    row(`page has the interaction -> card shows the ${who} (p90 of ${SAMPLES})`, percentile(timings.fromInteraction, 90), 150),
    row(`click Answer -> card shows the ${who}, incl. ${answerIncludes} (p50 of ${SAMPLES})`, median(timings.fromAnswer)),
  ];
}
