import { formatPath } from './parseConfig';

/** Keys whose values are secrets: never shown to agents, never written into a diff or the audit. */
const SECRET = /password|secret|token/i;
export const MASK = '********';

/** Every string under a secret key masked: a group of secrets (`dataActions.secrets`) hides each value. */
const maskAll = (value: unknown): unknown =>
  typeof value === 'string' ? MASK : Array.isArray(value) ? value.map(maskAll) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v)])) : value;

/** The value with every secret masked (connections' passwords, tokens and client secrets, data actions' secrets). */
export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redactSecrets) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET.test(k) ? maskAll(v) : redactSecrets(v)])) as T;
}

/** One changed value of a configuration: where, what it was and what it became (absent when added or removed). */
export interface ConfigChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isSecretPath = (path: readonly PropertyKey[]) => path.some((key) => typeof key === 'string' && SECRET.test(key));

/**
 * What changed between two configurations, value by value with its path (`routing.rules[1].queue`).
 * A changed secret is listed with both sides masked: the diff says it changed, never what it is.
 */
export function diffConfig(before: unknown, after: unknown): ConfigChange[] {
  const changes: ConfigChange[] = [];
  const walk = (a: unknown, b: unknown, path: PropertyKey[]) => {
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], [...path, key]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, i]);
      return;
    }
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const secret = isSecretPath(path);
    const shown = (value: unknown) => (secret && value !== undefined ? MASK : redactSecrets(value));
    changes.push({ path: formatPath(path), ...(a !== undefined ? { before: shown(a) } : {}), ...(b !== undefined ? { after: shown(b) } : {}) });
  };
  walk(before, after, []);
  return changes;
}
