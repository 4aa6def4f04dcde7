import { describe, expect, it } from 'vitest';
import { SfQueryError } from '../errors';
import { createFixtureSource } from '../testing/fixtures';
import { runSosl } from './run';

const source = createFixtureSource();
const found = (sosl: string) => runSosl(sosl, source).searchRecords.map((r) => `${(r.attributes as { type: string }).type}:${r.Name ?? r.Id}`);

function failure(sosl: string) {
  try {
    runSosl(sosl, source);
  } catch (error) {
    if (error instanceof SfQueryError) return error.body()[0];
    throw error;
  }
  throw new Error(`no error for ${sosl}`);
}

describe('runSosl', () => {
  it.each([
    '(415) 555-1000', '415-555-1000', '+1 415 555 1000', '4155551000', '+14155551000', '415.555.1000',
  ])('finds a phone number typed as %s', (typed) => {
    expect(found(`FIND {${typed}} IN PHONE FIELDS RETURNING Contact(Name), Lead(Name), Account(Name)`)).toEqual(['Contact:Maria García']);
  });

  it('finds phones in ALL FIELDS, mobile numbers included', () => {
    expect(found('FIND {628-555-2000} RETURNING Contact(Name)')).toEqual(['Contact:Maria García']);
    expect(found('FIND {(415) 555-0420} RETURNING Contact(Name), Lead(Name)')).toEqual(["Lead:Siobhán O'Connor"]);
  });

  it('matches names without accents, with wildcards, phrases and OR', () => {
    expect(found('FIND {jose} IN NAME FIELDS RETURNING Contact(Name)')).toEqual(['Contact:José Muñoz']);
    expect(found('FIND {mu*} IN NAME FIELDS RETURNING Contact(Name ORDER BY Name)')).toEqual(['Contact:José Muñoz', 'Contact:Jürgen Müller']);
    expect(found('FIND {"Maria Garcia" OR siobhan} IN NAME FIELDS RETURNING Contact(Name), Lead(Name)')).toEqual(['Contact:Maria García', "Lead:Siobhán O'Connor"]);
    expect(found('FIND {"Garcia Maria"} IN NAME FIELDS RETURNING Contact(Name)')).toEqual([]);
    expect(found('FIND {Maria AND NOT Garcia} IN NAME FIELDS RETURNING Contact(Name)')).toEqual([]);
  });

  it('searches email fields only when asked', () => {
    expect(found('FIND {acme.example} IN EMAIL FIELDS RETURNING Contact(Name)')).toEqual(['Contact:Maria García']);
    expect(found('FIND {acme.example} IN NAME FIELDS RETURNING Contact(Name)')).toEqual([]);
  });

  it('applies WHERE, ORDER BY and LIMIT inside RETURNING, and the overall LIMIT', () => {
    expect(found("FIND {example} RETURNING Contact(Name WHERE Title != null ORDER BY Name DESC LIMIT 2)")).toEqual(['Contact:Maria García', 'Contact:José Muñoz']);
    expect(found('FIND {example} RETURNING Contact(Name), Lead(Name) LIMIT 1')).toHaveLength(1);
  });

  it('returns Ids of every object without RETURNING and skips deleted records', () => {
    const [record] = runSosl('FIND {Muñoz}', source).searchRecords;
    expect(Object.keys(record)).toEqual(['attributes', 'Id']);
    expect(found('FIND {ole@gone.example}')).toEqual([]);
  });

  it('sees records added after the index was built', () => {
    expect(found('FIND {Zanzibar} RETURNING Account(Name)')).toEqual([]);
    source.insert('Account', { Name: 'Zanzibar Spice' });
    expect(found('FIND {Zanzibar} RETURNING Account(Name)')).toEqual(['Account:Zanzibar Spice']);
  });

  it('answers Salesforce errors', () => {
    expect(failure('FIND acme')).toEqual({ errorCode: 'MALFORMED_SEARCH', message: 'No search term found. The search term must be enclosed in braces.' });
    expect(failure('FIND {a}').errorCode).toBe('MALFORMED_SEARCH');
    expect(failure('FIND {acme} RETURNING Foo').errorCode).toBe('INVALID_TYPE');
    expect(failure('FIND {acme} RETURNING Contact(Foo)').errorCode).toBe('INVALID_FIELD');
    expect(failure("FIND {acme} RETURNING Contact(Id WHERE Name = 'x' OR 1=1)").errorCode).toBe('MALFORMED_SEARCH');
    expect(failure('FIND {acme} IN EVERYTHING FIELDS').errorCode).toBe('MALFORMED_SEARCH');
  });
});
