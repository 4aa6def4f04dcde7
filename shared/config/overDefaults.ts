const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `given` laid over `defaults`: objects merged key by key at every depth, anything else (a
 * value, a list) taken from `given` where it has one. A component reading the configuration
 * the service sends (already checked there) still finds every setting it asks for when the
 * service is older than the component, without the schema's parser, and zod, in the browser.
 * The result shares no object with `defaults`.
 */
export function overDefaults<T>(defaults: T, given: unknown): T {
  if (!isPlainObject(defaults)) return (given === undefined ? structuredCopy(defaults) : given) as T;
  const merged: Record<string, unknown> = {};
  const over = isPlainObject(given) ? given : {};
  for (const key of new Set([...Object.keys(defaults), ...Object.keys(over)])) merged[key] = overDefaults(defaults[key], over[key]);
  return merged as T;
}

const structuredCopy = <T>(value: T): T => (Array.isArray(value) ? (value.map(structuredCopy) as T) : isPlainObject(value) ? (overDefaults(value, undefined) as T) : value);
