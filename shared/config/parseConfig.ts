import type { z } from 'zod';
import { configSchema, unknownFacts, type Config } from './schema';

export interface ConfigError {
  /** Where the bad value sits, e.g. `routing.rules[2].skills`; empty for the whole document. */
  path: string;
  message: string;
}

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

/** Reads an admin's configuration (a JSON string or an already parsed value); every default applies. */
export function parseConfig(json: unknown): ParsedConfig {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const result = configSchema.safeParse(value ?? {}, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? `required (${issue.expected})` : undefined),
  });
  if (result.success) {
    const errors = unknownFacts(result.data);
    return errors.length ? { ok: false, errors } : { ok: true, config: result.data };
  }
  return { ok: false, errors: result.error.issues.map(toConfigError) };
}

export function defaultConfig(): Config {
  return configSchema.parse({});
}

function toConfigError(issue: z.core.$ZodIssue): ConfigError {
  return { path: formatPath(issue.path), message: issue.message };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
