import { defaultConfig, parseConfig, type Config } from '../../../shared';
import type { ContactCenterData, ContactCenterStore } from '../data';

/**
 * Parsed once per stored text. Not by the stored object's identity: with several instances
 * (issue 22) a change another instance saved arrives row by row, inside the same object.
 */
const parsed = new WeakMap<ContactCenterData, { text: string; config: Config }>();

/** The stored admin configuration with every default applied (the defaults when none is stored). */
export function currentConfig(cc: ContactCenterStore): Config {
  const stored = cc.data.config;
  if (stored === undefined || stored === null || typeof stored !== 'object') return defaultConfig();
  const text = JSON.stringify(stored);
  const known = parsed.get(cc.data);
  if (known?.text === text) return known.config;
  const result = parseConfig(stored);
  const config = result.ok ? result.config : defaultConfig();
  parsed.set(cc.data, { text, config });
  return config;
}
