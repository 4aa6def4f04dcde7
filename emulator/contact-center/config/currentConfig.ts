import { defaultConfig, parseConfig, type Config } from '../../../shared';
import type { ContactCenterStore } from '../data';

/** The stored admin configuration with every default applied (the defaults when none is stored). */
export function currentConfig(cc: ContactCenterStore): Config {
  if (cc.data.config === undefined) return defaultConfig();
  const parsed = parseConfig(cc.data.config);
  return parsed.ok ? parsed.config : defaultConfig();
}
