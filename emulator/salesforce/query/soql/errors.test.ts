import { describe, expect, it } from 'vitest';
import { SfQueryError } from '../errors';
import { createFixtureSource } from '../testing/fixtures';
import { runSoql } from './run';

const source = createFixtureSource();

function failure(soql: string): { errorCode: string; message: string } {
  try {
    runSoql(soql, source);
  } catch (error) {
    if (error instanceof SfQueryError) return error.body()[0];
    throw error;
  }
  throw new Error(`no error for ${soql}`);
}

describe('runSoql errors', () => {
  it('reports an unknown field as Salesforce does', () => {
    expect(failure('SELECT Foo FROM Contact')).toEqual({
      errorCode: 'INVALID_FIELD',
      message: "\nSELECT Foo FROM Contact\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Contact'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    });
    expect(failure('SELECT Account.Foo FROM Contact').message).toContain("No such column 'Foo' on entity 'Account'");
    expect(failure('SELECT Id FROM Contact WHERE Bar = 1').errorCode).toBe('INVALID_FIELD');
  });

  it('reports unknown relationships and objects', () => {
    expect(failure('SELECT Boss.Name FROM Contact').message).toContain("Didn't understand relationship 'Boss' in field path");
    expect(failure('SELECT Id, (SELECT Id FROM Friends) FROM Contact').errorCode).toBe('INVALID_TYPE');
    expect(failure('SELECT Id FROM Foo')).toEqual({
      errorCode: 'INVALID_TYPE',
      message: "\nSELECT Id FROM Foo\n               ^\nERROR at Row:1:Column:16\nsObject type 'Foo' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
    });
  });

  it.each([
    "SELECT Id FROM Contact WHERE Name = 'x' OR 1=1--",
    "SELECT Id FROM Contact WHERE Name = 'x'; DELETE FROM Contact",
    'SELECT Id FROM Contact WHERE',
    "SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' OR Title = 'c'",
    "' OR ''='",
    'DROP TABLE Contact',
    '',
    'SELECT Id FROM Contact WHERE CALENDAR_YEAR(CreatedDate) = 2024',
  ])('refuses %j as MALFORMED_QUERY', (soql) => {
    expect(failure(soql).errorCode).toBe('MALFORMED_QUERY');
  });

  it('checks literal types against the field', () => {
    expect(failure('SELECT Id FROM Contact WHERE LastName = 5').message).toContain("value of filter criterion for field 'LastName' must be of type string and should be enclosed in quotes");
    expect(failure("SELECT Id FROM Contact WHERE CreatedDate > '2024-01-01'").message).toContain('must be of type dateTime and should not be enclosed in quotes');
  });

  it('refuses an id filter whose literal is not an id', () => {
    expect(failure("SELECT Id FROM Contact WHERE Id = 'abc'")).toEqual({
      errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      message: "\nSELECT Id FROM Contact WHERE Id = 'abc'\n                                  ^\nERROR at Row:1:Column:35\ninvalid ID field: abc",
    });
    expect(failure("SELECT Id FROM Task WHERE WhoId IN ('003000000000001', 'nope')").message).toContain('invalid ID field: nope');
    expect(() => runSoql("SELECT Id FROM Task WHERE WhoId != '003000000000001AAA'", source)).not.toThrow();
  });

  it('limits OFFSET to 2000 and requires grouping', () => {
    expect(failure('SELECT Id FROM Contact LIMIT 10 OFFSET 2001')).toEqual({ errorCode: 'NUMBER_OUTSIDE_VALID_RANGE', message: 'Maximum SOQL offset allowed is 2000' });
    expect(failure('SELECT LastName, COUNT(Id) FROM Contact').message).toContain('Field must be grouped or aggregated: LastName');
  });
});
