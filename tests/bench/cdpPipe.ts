import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/browser';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** An event a CDP session reported: its method and parameters. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** As Playwright launches it: no page's timers or rendering are slowed as a background tab's would be. */
const FOREGROUND = ['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

/**
 * Headless Chromium driven over the DevTools protocol on its own pipe (`--remote-debugging-pipe`:
 * JSON messages ended by NUL on file descriptors 3 and 4), with nothing else attached. A page
 * benchmark times cold loads through it so that no test harness works beside the page: Playwright
 * follows every request, frame and console message of the pages it drives, about 70 ms of CPU per
 * cold load on this two-core machine, and that work was in the figure (docs/BENCHMARKS.md, issue 16).
 */
export class CdpBrowser {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly profileDir: string,
  ) {
    const output = child.stdio[4] as Readable;
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
        this.receive(JSON.parse(buffered.slice(0, end)) as Message);
        buffered = buffered.slice(end + 1);
      }
    });
  }

  private write(message: Message) {
    (this.child.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
  }

  static async launch(): Promise<CdpBrowser> {
    const profileDir = await mkdtemp(join(tmpdir(), 'cdp-bench-'));
    const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, ...FOREGROUND, '--remote-debugging-pipe', `--user-data-dir=${profileDir}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const browser = new CdpBrowser(child, profileDir);
    await browser.send('Browser.getVersion');
    return browser;
  }

  private receive(message: Message) {
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
    if (waiting && message.id !== undefined) {
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result ?? {});
      return;
    }
    if (message.method) for (const listener of this.listeners) listener({ method: message.method, params: message.params ?? {}, sessionId: message.sessionId });
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: Record<string, unknown>) => void, reject });
      this.write({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    });
  }

  /** Resolves with the first event `matches` accepts. */
  waitFor(matches: (event: CdpEvent) => boolean): Promise<CdpEvent> {
    return new Promise((resolve) => {
      const listener = (event: CdpEvent) => {
        if (!matches(event)) return;
        this.listeners.delete(listener);
        resolve(event);
      };
      this.listeners.add(listener);
    });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    this.child.kill('SIGKILL');
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

/** A cookie as a browser context holds it (Playwright's `storageState` gives these; `expires` -1 is a session cookie). */
export interface BenchCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

/** The cookies as `Storage.setCookies` takes them: a session cookie names no expiry. */
const cookieParams = (cookies: BenchCookie[]) => cookies.map(({ expires, ...cookie }) => (expires > 0 ? { ...cookie, expires } : cookie));

/**
 * One cold load in a new browser context (no cache, a new renderer) holding `cookies`: `initScript`
 * runs first in the page, which says `message` on its console when what is timed has happened; the
 * answer is `expression` evaluated in the page then (the page's own clock).
 */
export async function coldLoad(browser: CdpBrowser, load: { url: string; cookies: BenchCookie[]; initScript: string; message: string; expression: string; viewport: { width: number; height: number } }): Promise<number> {
  const { browserContextId } = await browser.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  try {
    await browser.send('Storage.setCookies', { browserContextId, cookies: cookieParams(load.cookies) });
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await browser.send('Emulation.setDeviceMetricsOverride', { ...load.viewport, deviceScaleFactor: 1, mobile: false }, sessionId);
    await browser.send('Page.enable', {}, sessionId);
    await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: load.initScript }, sessionId);
    await browser.send('Runtime.enable', {}, sessionId);
    const said = browser.waitFor(
      (event) => event.sessionId === sessionId && event.method === 'Runtime.consoleAPICalled' && (event.params.args as { value?: unknown }[] | undefined)?.[0]?.value === load.message,
    );
    await browser.send('Page.navigate', { url: load.url }, sessionId);
    await said;
    const { result } = await browser.send<{ result: { value: number } }>('Runtime.evaluate', { expression: load.expression, returnByValue: true }, sessionId);
    return result.value;
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}
