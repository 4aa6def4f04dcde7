import type { Server } from 'node:http';
import { createApp, type AppOptions } from './app';
import type { EmulatorConfig } from './config';
import { loadStory } from './seed/story';
import type { EmulatedService, ServiceContext } from './service';
import { createServices } from './services';
import { openConfiguredStore } from './store/openConfiguredStore';
import type { Store } from './store/store';

export interface RunningEmulator {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** What to run: every emulated part with the demo story (the default), or a chosen few without it. */
export interface StartParts {
  services?: (context: ServiceContext) => EmulatedService[];
  seed?: boolean;
  app?: AppOptions;
  /** On close, how long requests in flight may take to finish before their sockets are cut (0: cut at once). */
  drainMs?: number;
}

/**
 * Opens the store, seeds it on first start (or on reset), starts listening, then starts the
 * parts' background work (which may call the emulator's own URL).
 */
export async function startEmulator(config: EmulatorConfig, parts: StartParts = {}): Promise<RunningEmulator> {
  const store = await openConfiguredStore(config);
  if (config.reset) await store.clear();
  let url = '';
  const services = (parts.services ?? createServices)({ store, selfUrl: () => url });
  if (parts.seed !== false && !store.isSeeded()) {
    const story = await loadStory();
    for (const service of services) await service.seed?.(story);
    await store.markSeeded();
  }
  const app = createApp(services, store, parts.app);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  url = `http://${config.host}:${port}`;
  for (const service of services) await service.start?.();

  let closing: Promise<void> | null = null;
  return {
    url,
    store,
    close() {
      closing ??= (async () => {
        // No new connections from here; idle keep-alive ones go now, busy ones when their answer is sent.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Stopping the parts ends the event streams, which would otherwise stay open forever.
        for (const service of services) await service.stop?.();
        const cut = setTimeout(() => server.closeAllConnections(), parts.drainMs ?? 0);
        await closed;
        clearTimeout(cut);
        await store.close();
      })();
      return closing;
    },
  };
}
