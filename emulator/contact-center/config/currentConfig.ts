import { defaultConfig, parseConfig, type Config } from '../../../shared';
import type { ContactCenterData, ContactCenterStore } from '../data';
import { sameData } from './sameData';

/**
 * Parsed once per stored content, kept beside a copy of what it was parsed from. Not by the
 * stored object's identity: with several instances (issue 22) a change another instance saved
 * arrives row by row, inside the same object.
 */
const parsed = new WeakMap<ContactCenterData, { source: unknown; config: Config }>();

/** The stored admin configuration with every default applied (the defaults when none is stored). */
export function currentConfig(cc: ContactCenterStore): Config {
  const stored = cc.data.config;
  if (stored === undefined || stored === null || typeof stored !== 'object') return defaultConfig();
  const known = parsed.get(cc.data);
  if (known && sameData(known.source, stored)) return known.config;
  const result = parseConfig(stored);
  const config = result.ok ? result.config : defaultConfig();
  parsed.set(cc.data, { source: structuredClone(stored), config });
  return config;
}
