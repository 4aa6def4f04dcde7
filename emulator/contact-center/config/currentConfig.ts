import { defaultConfig, parseConfig, type Config } from '../../../shared';
import type { ContactCenterStore } from '../data';

/** Parsed once per stored document: a PUT replaces the document, so its identity tells a change. */
const parsed = new WeakMap<object, Config>();

/** The stored admin configuration with every default applied (the defaults when none is stored). */
export function currentConfig(cc: ContactCenterStore): Config {
  const stored = cc.data.config;
  if (stored === undefined || stored === null || typeof stored !== 'object') return defaultConfig();
  const known = parsed.get(stored);
  if (known) return known;
  const result = parseConfig(stored);
  const config = result.ok ? result.config : defaultConfig();
  parsed.set(stored, config);
  return config;
}
