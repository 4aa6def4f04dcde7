import type { Server } from 'node:http';
import { createApp } from './app';
import type { EmulatorConfig } from './config';
import { loadStory } from './seed/story';
import { createServices } from './services';
import { openStore, type Store } from './store/store';

export interface RunningEmulator {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Opens the store, seeds it on first start (or on reset), and starts listening. */
export async function startEmulator(config: EmulatorConfig): Promise<RunningEmulator> {
  const store = await openStore(config.dataFile);
  if (config.reset) await store.clear();
  const services = createServices({ store });
  if (!store.isSeeded()) {
    const story = await loadStory();
    for (const service of services) await service.seed?.(story);
    await store.markSeeded();
  }
  for (const service of services) await service.start?.();

  const app = createApp(services);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    store,
    close() {
      closing ??= (async () => {
        for (const service of services) await service.stop?.();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Event streams stay open forever; end them so that close() returns.
          server.closeAllConnections();
        });
        await store.flush();
      })();
      return closing;
    },
  };
}
