import soqlParser from 'soql-parser-js';
import type { Query } from 'soql-parser-js';
import { malformed } from '../errors';
import { LruCache } from '../lruCache';

// soql-parser-js is a CommonJS bundle whose named exports Node's ESM loader cannot see.
const { parseQuery } = soqlParser;

/**
 * Clients send the same few statements over and over (a SOSL RETURNING part on every call),
 * and soql-parser-js costs far more than running them over the indexes. Parsed queries are
 * frozen, as one object now serves every request that sends the same text.
 */
const parsed = new LruCache<string, Query>(500);

/** Parses with soql-parser-js and turns its errors into Salesforce's MALFORMED_QUERY. */
export function parseSoql(statement: string, errorCode = 'MALFORMED_QUERY'): Query {
  const cached = parsed.get(statement);
  if (cached) return cached;
  let query: Query;
  try {
    query = parseQuery(statement);
  } catch (error) {
    throw malformed(statement, offendingToken(String((error as Error)?.message ?? '')), errorCode);
  }
  parsed.set(statement, deepFreeze(query));
  return query;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The parser names the token it stumbled on in one of two phrasings; EOF otherwise. */
function offendingToken(message: string): string | undefined {
  const match = /but found:? ?(?:-->)? ?'([^']*)'/.exec(message);
  return match && match[1] !== '' ? match[1] : undefined;
}
