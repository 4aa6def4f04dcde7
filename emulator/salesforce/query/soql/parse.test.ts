import { describe, expect, it } from 'vitest';
import { SfQueryError } from '../errors';
import { parseSoql } from './parse';

const errorCodeOf = (statement: string, code?: string) => {
  try {
    parseSoql(statement, code);
  } catch (error) {
    if (error instanceof SfQueryError) return error.errorCode;
    throw error;
  }
  return 'parsed';
};

describe('parseSoql', () => {
  it('parses a statement once and hands out that parse, frozen against edits by one request', () => {
    const first = parseSoql('SELECT Id, Name FROM Contact WHERE Phone != null LIMIT 5');
    expect(parseSoql('SELECT Id, Name FROM Contact WHERE Phone != null LIMIT 5')).toBe(first);
    expect(first.sObject).toBe('Contact');
    expect(Object.isFrozen(first.fields)).toBe(true);
    expect(parseSoql('SELECT Id FROM Account')).not.toBe(first);
  });

  it('reports a malformed statement every time, with the code the caller asks for', () => {
    expect(errorCodeOf('SELECT FROM')).toBe('MALFORMED_QUERY');
    expect(errorCodeOf('SELECT FROM', 'MALFORMED_SEARCH')).toBe('MALFORMED_SEARCH');
  });
});
