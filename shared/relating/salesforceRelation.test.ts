import { describe, expect, it } from 'vitest';
import { parseConfig, defaultConfig } from '../config/parseConfig';
import type { CrmRecordRef } from '../vocabulary/crmRecord';
import { autoRelation, choseManually, initialRelateMode } from './autoRelate';
import { relatableRecords } from './relatable';
import { applyRelation, decideRelation, type TaskRelations } from './salesforceRelation';

const sf = (object: string, id: string): CrmRecordRef => ({ crm: 'salesforce', object, id });
const lead = sf('Lead', '00Q5g00000AbCdEAAA');
const contact = sf('Contact', '0035g00000Ana01AAA');
const account = sf('Account', '0015g00000Alp01AAA');
const theCase = sf('Case', '5005g00000Cas01AAA');
const empty: TaskRelations = { WhoId: null, WhatId: null };
const config = defaultConfig();
const disabled = (() => {
  const parsed = parseConfig({ features: { relate: { enabled: false } } });
  if (!parsed.ok) throw new Error('bad config');
  return parsed.config;
})();

describe('relating a Salesforce Task (§3.1)', () => {
  it('§3.1 leads and contacts go into Name (WhoId)', () => {
    expect(decideRelation(empty, lead, config)).toEqual({ field: 'WhoId', value: lead.id });
    expect(decideRelation(empty, contact, config)).toEqual({ field: 'WhoId', value: contact.id });
  });

  it('§3.1 accounts, campaigns, cases, opportunities and custom objects go into Related To (WhatId)', () => {
    for (const object of ['Account', 'Campaign', 'Case', 'Opportunity', 'Subscription__c']) {
      expect(decideRelation(empty, sf(object, 'a005g00000X01'), config)).toEqual({ field: 'WhatId', value: 'a005g00000X01' });
    }
  });

  it('§3.1 a lead in Name forbids Related To', () => {
    expect(decideRelation({ WhoId: lead, WhatId: null }, account, config)).toEqual({ refused: 'lead-in-name' });
    expect(decideRelation({ WhoId: lead, WhatId: null }, theCase, config)).toEqual({ refused: 'lead-in-name' });
  });

  it('§3.1 a lead cannot go into Name while Related To is filled', () => {
    expect(decideRelation({ WhoId: contact, WhatId: account }, lead, config)).toEqual({ refused: 'related-to-filled' });
  });

  it('§3.1 a contact replaces a lead in Name, and then Related To is allowed', () => {
    const withLead: TaskRelations = { WhoId: lead, WhatId: null };
    const decision = decideRelation(withLead, contact, config);
    expect(decision).toEqual({ field: 'WhoId', value: contact.id });
    const task = applyRelation(withLead, contact, { field: 'WhoId' });
    expect(decideRelation(task, account, config)).toEqual({ field: 'WhatId', value: account.id });
  });

  it('§3.1 records that cannot be related are refused (a Task, a User, another CRM)', () => {
    expect(decideRelation(empty, sf('Task', '00T5g000001'), config)).toEqual({ refused: 'not-relatable' });
    expect(decideRelation(empty, sf('User', '0055g000001'), config)).toEqual({ refused: 'not-relatable' });
    expect(decideRelation(empty, { crm: 'servicenow', object: 'csm_consumer', id: 'abc' }, config)).toEqual({ refused: 'not-relatable' });
  });

  it('§1.3 relating is refused when the feature is off', () => {
    expect(decideRelation(empty, contact, disabled)).toEqual({ refused: 'feature-disabled', feature: 'relate' });
    expect(autoRelation(empty, [contact], { mode: 'auto' }, disabled)).toEqual({ refused: 'feature-disabled', feature: 'relate' });
  });
});

describe('records active during the interaction (§3.1)', () => {
  it('§3.1 lists visited records newest first, once each, only relatable types', () => {
    const visited = [account, contact, sf('User', '0055g000001'), account, { ...contact, id: '0035g00000Ana01' }];
    expect(relatableRecords(visited)).toEqual([{ ...contact, id: '0035g00000Ana01' }, account]);
  });

  it('§3.1 keeps ServiceNow consumers, contacts and accounts and drops other tables', () => {
    const consumer = { crm: 'servicenow' as const, object: 'csm_consumer', id: 'c1' };
    expect(relatableRecords([consumer, { crm: 'servicenow', object: 'sys_user', id: 'u1' }])).toEqual([consumer]);
  });
});

describe('auto-relate (§3.1)', () => {
  it('§3.1 relates the most recently opened record by default', () => {
    const mode = initialRelateMode(config);
    expect(mode).toEqual({ mode: 'auto' });
    expect(autoRelation(empty, [contact, account], mode, config)).toEqual({ apply: { field: 'WhatId', value: account.id, record: account } });
  });

  it('§3.1 follows the agent as they switch records', () => {
    const task: TaskRelations = { WhoId: null, WhatId: account };
    expect(autoRelation(task, [account, theCase], { mode: 'auto' }, config)).toEqual({
      apply: { field: 'WhatId', value: theCase.id, record: theCase },
    });
    expect(autoRelation(task, [theCase, account], { mode: 'auto' }, config)).toEqual({ none: 'already-related' });
  });

  it('§3.1 a manual choice overrides it', () => {
    expect(autoRelation(empty, [contact], choseManually(), config)).toEqual({ none: 'manual' });
  });

  it('§3.1 auto-relate off in the configuration starts in manual mode', () => {
    const parsed = parseConfig({ features: { relate: { autoRelate: false } } });
    expect(parsed.ok && initialRelateMode(parsed.config)).toEqual({ mode: 'manual' });
  });

  it('§3.1 nothing to relate before a record is opened, and a lead in Name still wins', () => {
    expect(autoRelation(empty, [], { mode: 'auto' }, config)).toEqual({ none: 'nothing-visited' });
    expect(autoRelation({ WhoId: lead, WhatId: null }, [lead, account], { mode: 'auto' }, config)).toEqual({ none: 'lead-in-name' });
  });
});
