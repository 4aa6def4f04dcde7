import { describe, expect, it } from 'vitest';
import { createFixtureSource } from '../testing/fixtures';
import { runSoql } from './run';

const source = createFixtureSource();
const now = new Date('2024-05-01T12:00:00Z');
const query = (soql: string, includeDeleted = false) => runSoql(soql, source, { now, includeDeleted });
const names = (soql: string) => query(soql).records.map((r) => r.Name ?? r.LastName);

describe('runSoql: selecting', () => {
  it('returns fields in selected order with schema casing and attributes', () => {
    const [row] = query("select name, id FROM contact WHERE email = 'MARIA.GARCIA@acme.example'").records;
    expect(Object.keys(row)).toEqual(['attributes', 'Name', 'Id']);
    expect(row.attributes).toEqual({ type: 'Contact', url: `/services/data/v62.0/sobjects/Contact/${row.Id}` });
  });

  it('nests parent fields, null without a parent', () => {
    const rows = query('SELECT LastName, Account.Name, Owner.Name FROM Contact ORDER BY LastName').records;
    expect(rows[0]).toMatchObject({ LastName: 'Dubois', Account: { attributes: { type: 'Account' }, Name: 'Acme Corporation' }, Owner: { Name: 'Casey Agent' } });
    expect(rows.find((r) => r.LastName === 'Müller')!.Account).toBeNull();
  });

  it('walks polymorphic Who and What with Type', () => {
    const rows = query("SELECT Subject, Who.Name, What.Type, What.Name FROM Task WHERE Subject = 'Call Maria'").records;
    expect(rows[0].Who).toMatchObject({ attributes: { type: 'Name', url: expect.stringContaining('/sobjects/Contact/003') }, Name: 'Maria García' });
    expect(rows[0].What).toMatchObject({ Type: 'Account', Name: 'Acme Corporation' });
  });

  it('answers child subqueries through child relationships, null when empty', () => {
    const rows = query('SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName DESC LIMIT 1), (SELECT Subject FROM Tasks) FROM Account ORDER BY Name').records;
    expect(rows[0].Contacts).toMatchObject({ totalSize: 1, done: true, records: [{ LastName: 'García' }] });
    expect(rows[1].Tasks).toBeNull();
  });

  it('hides deleted records unless queryAll', () => {
    expect(names("SELECT Name FROM Contact WHERE LastName = 'Deleted'")).toEqual([]);
    expect(query("SELECT Name, IsDeleted FROM Contact WHERE LastName = 'Deleted'", true).records).toMatchObject([{ IsDeleted: true }]);
  });

  it('hides a deleted record looked up by Id, in either id form, unless queryAll', () => {
    const gone = [...source.records('Contact', { includeDeleted: true })].find((r) => r.IsDeleted)!;
    for (const id of [gone.Id, gone.Id.slice(0, 15)]) {
      expect(query(`SELECT Id FROM Contact WHERE Id = '${id}'`).totalSize).toBe(0);
      expect(query(`SELECT Id FROM Contact WHERE Id = '${id}'`, true).records).toMatchObject([{ Id: gone.Id }]);
    }
  });
});

describe('runSoql: filtering', () => {
  it.each([
    ["LastName = 'garcía'", ['Maria García']],
    ["LastName != 'García' AND AccountId != null", ['José Muñoz', 'Chloé Dubois']],
    ["LastName <> 'García' AND AccountId = null", ['Jürgen Müller']],
    ["Name LIKE 'j%'", ['José Muñoz', 'Jürgen Müller']],
    ["Name LIKE '_os_ %'", ['José Muñoz']],
    ["LastName IN ('Dubois', 'Müller')", ['Chloé Dubois', 'Jürgen Müller']],
    ["LastName NOT IN ('Dubois', 'Müller')", ['Maria García', 'José Muñoz']],
    ["Languages__c INCLUDES ('French;English', 'German')", ['Chloé Dubois']],
    ["Languages__c EXCLUDES ('Spanish')", ['Chloé Dubois', 'Jürgen Müller']],
    ["(LastName = 'Dubois' OR LastName = 'Muñoz') AND DoNotCall = false", ['José Muñoz']],
    ["NOT (LastName = 'Dubois' OR LastName = 'Muñoz')", ['Maria García', 'Jürgen Müller']],
    ['DoNotCall = TRUE', ['Chloé Dubois']],
    ['Birthdate < 1979-01-01', ['José Muñoz']],
    ['CreatedDate >= 2024-02-03T00:00:00Z', ['Chloé Dubois', 'Jürgen Müller']],
    ['CreatedDate > 2024-02-03T12:00:00+0200', ['Jürgen Müller']],
    ["Account.Name LIKE 'acme%'", ['Maria García', 'Chloé Dubois']],
    ['Id IN (SELECT WhoId FROM Task)', ['Maria García', 'José Muñoz']],
    ["Title = 'It\\'s'", []],
  ])('WHERE %s', (where, expected) => {
    expect(names(`SELECT Name FROM Contact WHERE ${where}`)).toEqual(expected);
  });

  it('compares numbers', () => {
    expect(names('SELECT Name FROM Account WHERE AnnualRevenue > 1000000 AND NumberOfEmployees >= 120')).toEqual(['Acme Corporation']);
    expect(query('SELECT Subject FROM Task WHERE CallDurationInSeconds <= 120').totalSize).toBe(2);
  });

  it('understands date literals relative to now', () => {
    const tasks = (literal: string) => query(`SELECT Subject FROM Task WHERE ActivityDate = ${literal}`).totalSize;
    expect(tasks('LAST_N_DAYS:30')).toBe(3);
    expect(tasks('LAST_N_DAYS:29')).toBe(2);
    expect(tasks('THIS_MONTH')).toBe(0);
    expect(tasks('LAST_MONTH')).toBe(3);
    expect(query('SELECT Id FROM Contact WHERE CreatedDate = THIS_YEAR').totalSize).toBe(4);
    expect(query('SELECT Id FROM Contact WHERE CreatedDate > TODAY').totalSize).toBe(0);
  });
});

describe('runSoql: ordering, paging and aggregates', () => {
  it('orders by several keys with nulls placement', () => {
    expect(names('SELECT Name FROM Contact ORDER BY Title DESC NULLS FIRST, LastName')).toEqual(['Jürgen Müller', 'Chloé Dubois', 'Maria García', 'José Muñoz']);
    expect(names('SELECT Name FROM Contact ORDER BY Title')[0]).toBe('Jürgen Müller');
    expect(names('SELECT Name FROM Contact ORDER BY Account.Name DESC NULLS LAST, LastName')).toEqual(['José Muñoz', 'Chloé Dubois', 'Maria García', 'Jürgen Müller']);
  });

  it('applies LIMIT and OFFSET', () => {
    expect(names('SELECT Name FROM Contact ORDER BY LastName LIMIT 2 OFFSET 1')).toEqual(['Maria García', 'Jürgen Müller']);
  });

  it('answers COUNT() with a total and no records', () => {
    expect(query('SELECT COUNT() FROM Contact')).toEqual({ totalSize: 4, done: true, records: [] });
    expect(query('SELECT COUNT() FROM Contact LIMIT 2').totalSize).toBe(2);
  });

  it('answers aggregates as AggregateResult rows with expr aliases', () => {
    expect(query('SELECT COUNT(Id) FROM Contact').records).toEqual([{ attributes: { type: 'AggregateResult' }, expr0: 4 }]);
    const rows = query('SELECT Status, COUNT(Id) n, SUM(CallDurationInSeconds), AVG(CallDurationInSeconds), MIN(ActivityDate), MAX(ActivityDate) FROM Task GROUP BY Status').records;
    expect(rows).toEqual([
      { attributes: { type: 'AggregateResult' }, Status: 'Completed', n: 2, expr0: 420, expr1: 210, expr2: '2024-04-01', expr3: '2024-04-03' },
      { attributes: { type: 'AggregateResult' }, Status: 'Not Started', n: 1, expr0: 30, expr1: 30, expr2: '2024-04-02', expr3: '2024-04-02' },
    ]);
  });
});
