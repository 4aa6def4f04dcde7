import type { Router } from 'express';
import type { DemoStory } from './seed/story';
import type { Store } from './store/store';

/** What every emulated part gets: the store (each part opens only its own namespace). */
export interface ServiceContext {
  store: Store;
  /** The emulator's own origin (e.g. http://127.0.0.1:3000), known once it listens. */
  selfUrl(): string;
}

/** One emulated part (a CRM, the contact center, the local pages), mounted at the root. */
export interface EmulatedService {
  name: string;
  router: Router;
  /** Loads the demo story through the same code paths the service's API uses. */
  seed?(story: DemoStory): Promise<void>;
  /** Runs after the store is open and seeded (background jobs, indexes). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** What `/readyz` reports of this part (its connections, say); throwing makes the process unready. */
  readiness?(): Promise<Record<string, unknown>>;
}
