import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import { autoRelation, choseManually } from './autoRelate';
import { decideClear } from './clearRelation';
import { decideRelation, type TaskRelations } from './salesforceRelation';

const config = defaultConfig();
const lead = { crm: 'salesforce' as const, object: 'Lead', id: '00Q5g00000AbCdEAAA' };
const contact = { crm: 'salesforce' as const, object: 'Contact', id: '0035g00000Ana01AAA' };
const account = { crm: 'salesforce' as const, object: 'Account', id: '0015g00000Alp01AAA' };

describe('clearing Name and Related To of the interaction Task (§3.1)', () => {
  it('writes null into the field that holds a record', () => {
    const task: TaskRelations = { WhoId: contact, WhatId: account };
    expect(decideClear(task, 'WhatId', config)).toEqual({ field: 'WhatId', value: null });
    expect(decideClear(task, 'WhoId', config)).toEqual({ field: 'WhoId', value: null });
  });

  it('has nothing to clear in an empty field', () => {
    expect(decideClear({ WhoId: contact, WhatId: null }, 'WhatId', config)).toEqual({ refused: 'already-empty' });
  });

  it('is refused while relating is switched off', () => {
    expect(decideClear({ WhoId: contact, WhatId: account }, 'WhatId', switchFeature(config, 'relate', false))).toEqual({ refused: 'feature-disabled', feature: 'relate' });
  });

  it('clearing a Lead from Name lets an Account into Related To', () => {
    const withLead: TaskRelations = { WhoId: lead, WhatId: null };
    expect(decideRelation(withLead, account, config)).toEqual({ refused: 'lead-in-name' });
    const cleared = decideClear(withLead, 'WhoId', config);
    expect(cleared).toEqual({ field: 'WhoId', value: null });
    expect(decideRelation({ WhoId: null, WhatId: null }, account, config)).toEqual({ field: 'WhatId', value: account.id });
  });

  it('is a manual choice: auto-relate does not fill the field again', () => {
    expect(autoRelation({ WhoId: contact, WhatId: null }, [account], choseManually(), config)).toEqual({ none: 'manual' });
  });
});
