import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { preferenceApplied, readPreferences } from './prefer';

const prefer = (header: string | string[]) => readPreferences({ headers: { prefer: header } } as unknown as Request);

describe('Prefer header', () => {
  it('reads one header or several, with quoted annotation lists', () => {
    const p = prefer(['odata.maxpagesize=25', 'odata.include-annotations="OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.*",return=representation']);
    expect(p).toMatchObject({ maxPageSize: 25, returnRepresentation: true });
    expect(p.wants('OData.Community.Display.V1.FormattedValue')).toBe(true);
    expect(p.wants('Microsoft.Dynamics.CRM.lookuplogicalname')).toBe(true);
    expect(p.wants('Microsoft.PowerApps.CDS.HelpLink')).toBe(false);
    expect(preferenceApplied(p, true)).toBe('odata.maxpagesize=25,odata.include-annotations="OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.*"');
  });

  it('ignores page sizes above 5,000 and asks for no annotation by default', () => {
    expect(prefer('odata.maxpagesize=5001').maxPageSize).toBeUndefined();
    expect(prefer('').wants('OData.Community.Display.V1.FormattedValue')).toBe(false);
    expect(prefer('odata.include-annotations="*"').wants('anything')).toBe(true);
  });
});
