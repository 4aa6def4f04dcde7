import { describe, expect, it } from 'vitest';
import { useSalesforce } from './connect';

const sf = useSalesforce();

type Row = Record<string, unknown> & { attributes: { type: string } };
const search = async (sosl: string) => (await sf.conn.search(sosl)).searchRecords as Row[];

describe('SOSL through jsforce', () => {
  // The story stores "(415) 555-1000", "+1 415 555 1007", "415-555-1014", "415.555.1021", "+14155550028".
  it.each([
    ['415 555 1000', 'García'],
    ['+1 (415) 555-1007', 'Muñoz'],
    ['4155551014', 'Dubois'],
    ['(415) 555-1021', 'Müller'],
    ['415-555-0028', 'Sato'],
  ])('finds %s however it was typed', async (typed, lastName) => {
    const records = await search(`FIND {${typed}} IN PHONE FIELDS RETURNING Contact(Id, LastName, Phone)`);
    expect(records.map((r) => r.LastName)).toContain(lastName);
  });

  it('finds people by accent-free name and by email', async () => {
    expect((await search('FIND {jose munoz} IN NAME FIELDS RETURNING Contact(Name)')).map((r) => r.Name)).toContain('José Muñoz');
    expect((await search('FIND {maria.garcia@acme.example} IN EMAIL FIELDS RETURNING Contact(Email), Lead(Email)'))[0]).toMatchObject({ attributes: { type: 'Contact' }, Email: 'maria.garcia@acme.example' });
  });

  it('finds a contact by the name it was renamed to, and no longer by the old one', async () => {
    const { id } = await sf.conn.sobject('Contact').create({ FirstName: 'Aurelio', LastName: 'Quintanilla' });
    const byName = async (name: string) => (await search(`FIND {${name}} IN NAME FIELDS RETURNING Contact(Id, LastName)`)).map((r) => r.Id);
    expect(await byName('Quintanilla')).toEqual([id]);
    await sf.conn.sobject('Contact').update({ Id: id!, LastName: 'Valderrama' });
    expect(await byName('Valderrama')).toEqual([id]);
    expect(await byName('Quintanilla')).toEqual([]);
  });

  it('answers parameterizedSearch', async () => {
    const body = await sf.conn.requestGet<{ searchRecords: Row[] }>(`/services/data/v62.0/parameterizedSearch?q=${encodeURIComponent('(415) 555-0420')}&in=PHONE&sobject=Lead&Lead.fields=Id,Name`);
    expect(body.searchRecords.map((r) => r.Name)).toContain("Siobhán O'Connor");
  });

  it('refuses a search without braces', async () => {
    await expect(sf.conn.search('FIND acme')).rejects.toMatchObject({ errorCode: 'MALFORMED_SEARCH' });
  });
});
