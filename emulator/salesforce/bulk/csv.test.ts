import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { decodeLocator, encodeLocator } from './queryJobs';
import { rowBody } from './rowValues';
import type { FieldSchema } from '../model/types';

describe('bulk CSV', () => {
  it('reads quoted values, a byte order mark and the job delimiter', () => {
    expect(parseCsv('\uFEFFName,Description\n"Café ""Noir"", Ltd","two\nlines"\n')).toEqual({ columns: ['Name', 'Description'], rows: [['Café "Noir", Ltd', 'two\nlines']] });
    expect(parseCsv('Name|City\r\nAçaí|Belém\r\n', { columnDelimiter: 'PIPE', lineEnding: 'CRLF' }).rows).toEqual([['Açaí', 'Belém']]);
  });

  it('writes every value quoted, null as empty, with the job line ending', () => {
    expect(toCsv(['sf__Id', 'Name'], [['001', 'A "B"'], ['', null]], { columnDelimiter: 'COMMA', lineEnding: 'CRLF' })).toBe('"sf__Id","Name"\r\n"001","A ""B"""\r\n,\r\n');
  });

  it('skips empty cells, nulls #N/A and types booleans and numbers', () => {
    const field = (name: string, type: FieldSchema['type']): FieldSchema => ({ name, label: name, type, nillable: true, createable: true, updateable: true });
    const targets = [{ field: field('Title', 'string') }, { field: field('DoNotCall', 'boolean') }, { field: field('NPS__c', 'int') }, { field: field('Phone', 'phone') }];
    expect(rowBody(targets, ['', 'true', '9', '#N/A'])).toEqual({ DoNotCall: true, NPS__c: 9, Phone: null });
  });

  it('encodes locators as Salesforce does (base64 of the next offset)', () => {
    expect(encodeLocator(10000)).toBe('MTAwMDA');
    expect(decodeLocator('MTAwMDA')).toBe(10000);
    expect(decodeLocator('not-a-locator')).toBeUndefined();
  });
});
