import soqlParser from 'soql-parser-js';
import type { Query } from 'soql-parser-js';
import { malformed } from '../errors';

// soql-parser-js is a CommonJS bundle whose named exports Node's ESM loader cannot see.
const { parseQuery } = soqlParser;

/** Parses with soql-parser-js and turns its errors into Salesforce's MALFORMED_QUERY. */
export function parseSoql(statement: string, errorCode = 'MALFORMED_QUERY'): Query {
  try {
    return parseQuery(statement);
  } catch (error) {
    throw malformed(statement, offendingToken(String((error as Error)?.message ?? '')), errorCode);
  }
}

/** The parser names the token it stumbled on in one of two phrasings; EOF otherwise. */
function offendingToken(message: string): string | undefined {
  const match = /but found:? ?(?:-->)? ?'([^']*)'/.exec(message);
  return match && match[1] !== '' ? match[1] : undefined;
}
