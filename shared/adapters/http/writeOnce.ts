import { isCrmError } from '../../ports/crmError';

export interface WriteOnceSteps<T> {
  find(): Promise<T | null>;
  create(): Promise<T>;
  sleep?: (ms: number) => Promise<void>;
  attempts?: number;
  delayMs?: number;
}

/**
 * Find-then-create, repeated when the CRM is unavailable. A create whose response was lost may
 * have happened, so every new attempt looks for it first: the write happens at most once (§2.3).
 */
export async function writeOnce<T>(steps: WriteOnceSteps<T>): Promise<T> {
  const attempts = steps.attempts ?? 3;
  const sleep = steps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await steps.find();
      if (existing !== null) return existing;
      return await steps.create();
    } catch (error) {
      const transient = isCrmError(error) && (error.kind === 'unavailable' || error.kind === 'rate-limited');
      if (!transient || attempt >= attempts) throw error;
      await sleep((steps.delayMs ?? 500) * 2 ** (attempt - 1));
    }
  }
}
