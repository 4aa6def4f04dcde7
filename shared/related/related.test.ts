import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import type { CrmRecord } from '../vocabulary/crmRecord';
import { expansionPlan } from './expansionPlan';
import { orderRelated, type RelatedEntry } from './orderRelated';

const config = defaultConfig();
const sf = (object: string, id: string, name: string, fields: Record<string, unknown>): CrmRecord => ({ crm: 'salesforce', object, id, name, fields });

const anaContact = sf('Contact', '0035g00000Ana01AAA', 'Ana Müller', {
  MobilePhone: '(415) 555-0101',
  MailingStreet: 'Bahnhofstrasse 12',
  MailingPostalCode: '3920',
});
const anaLead = sf('Lead', '00Q5g00000Ana02AAA', 'Ana Mueller', { Email: 'Ana.Mueller@example.com' });
const muellerAccount = sf('Account', '0015g00000Mue01AAA', 'Müller Household', { Phone: '+1 415 555 0101' });
const husband = sf('Contact', '0035g00000Pet01AAA', 'Peter Müller', { Phone: '+1 415 555 0199', MailingStreet: 'Bahnhofstraße 12', MailingPostalCode: '3920' });
const daughter = sf('Contact', '0035g00000Lea01AAA', 'Lea Müller', { HomePhone: '415.555.0101' });
const unrelated = sf('Contact', '0035g00000Jor01AAA', 'Jordi Puig', { Phone: '+34 612 345 678' });
const newCase = sf('Case', '5005g00000New01AAA', '', { SuppliedPhone: '+14155550101' });

const order = (records: CrmRecord[], created: CrmRecord[] = []) => {
  const result = orderRelated(
    { identityPoints: [{ kind: 'phone', value: '+14155550101' }, { kind: 'email', value: 'ana.mueller@example.com' }], records, created },
    config,
  ) as RelatedEntry[];
  return result.map((e) => [e.group, e.record.name]);
};

describe('Related interactions ordering (§5.1)', () => {
  it('§5.1 person-level records matching the contact first (accounts, contacts, leads), then the household, then created records', () => {
    expect(order([husband, anaLead, unrelated, anaContact, muellerAccount, daughter], [newCase])).toEqual([
      ['person', 'Müller Household'],
      ['person', 'Ana Müller'],
      ['person', 'Lea Müller'],
      ['person', 'Ana Mueller'],
      ['household', 'Peter Müller'],
      ['created', ''],
    ]);
  });

  it('§5.1 the household is found by the same address however it was typed, or the same phone', () => {
    const neighbour = sf('Contact', '0035g00000Nei01AAA', 'Nina Weber', { MailingStreet: 'Bahnhofstrasse 14', MailingPostalCode: '3920' });
    const flatmate = sf('Lead', '00Q5g00000Fla01AAA', 'Tom Weber', { Phone: '+1 415 555 0199' });
    expect(order([anaContact, husband, neighbour, flatmate])).toEqual([
      ['person', 'Ana Müller'],
      ['household', 'Peter Müller'],
    ]);
  });

  it('§5.1 a record is listed once; a created record only among created ones', () => {
    expect(order([anaContact, { ...anaContact, id: '0035g00000Ana01' }])).toEqual([['person', 'Ana Müller']]);
    expect(order([newCase, anaContact], [newCase])).toEqual([
      ['person', 'Ana Müller'],
      ['created', ''],
    ]);
  });

  it('§5.1 ServiceNow consumers match by their phone fields; their household by its reference', () => {
    const consumer: CrmRecord = { crm: 'servicenow', object: 'csm_consumer', id: 'c1', name: 'Ana Souza', fields: { mobile_phone: '4155550101', household: 'h1' } };
    const rafael: CrmRecord = { crm: 'servicenow', object: 'csm_consumer', id: 'c2', name: 'Rafael Souza', fields: { phone: '415 555 0142', household: { value: 'h1', link: 'https://alpine.service-now.com/api/now/table/csm_household/h1' } } };
    const other: CrmRecord = { crm: 'servicenow', object: 'csm_consumer', id: 'c3', name: 'Jordi Puig', fields: { household: 'h2' } };
    expect(order([other, rafael, consumer])).toEqual([
      ['person', 'Ana Souza'],
      ['household', 'Rafael Souza'],
    ]);
  });

  it('§1.3 the section is refused when the feature is off', () => {
    const off = switchFeature(config, 'related', false);
    expect(orderRelated({ identityPoints: [], records: [], created: [] }, off)).toEqual({ refused: 'feature-disabled', feature: 'related' });
  });
});

describe('expanding a record (§5.2)', () => {
  it('§5.2 an Account expands to its cases, opportunities, contacts and past interactions', () => {
    expect(expansionPlan({ crm: 'salesforce', object: 'Account', id: '001' }).map((s) => `${s.object}.${s.field}`)).toEqual([
      'Case.AccountId',
      'Opportunity.AccountId',
      'Contact.AccountId',
      'Task.WhatId',
    ]);
  });

  it('§5.2 a Contact reaches its opportunities through its contact roles', () => {
    const plan = expansionPlan({ crm: 'salesforce', object: 'Contact', id: '003' });
    expect(plan.find((s) => s.object === 'Opportunity')?.through).toEqual({ object: 'OpportunityContactRole', field: 'ContactId', target: 'OpportunityId' });
    expect(plan.map((s) => s.label)).toEqual(['Cases', 'Opportunities', 'Past interactions']);
  });

  it('§5.2 a ServiceNow consumer expands to its cases and interactions; unknown objects to nothing', () => {
    expect(expansionPlan({ crm: 'servicenow', object: 'csm_consumer', id: 'c1' }).map((s) => `${s.object}.${s.field}`)).toEqual([
      'sn_customerservice_case.consumer',
      'interaction.consumer',
    ]);
    expect(expansionPlan({ crm: 'salesforce', object: 'Campaign', id: '701' })).toEqual([]);
  });
});

describe('a caller identified by an account number (issue 15 item 8, §5.1)', () => {
  const acme = sf('Account', '0015g00000Acm01AAA', 'Acme Logistics', { Phone: '(415) 555-0101', BillingStreet: '1 Harbor Way', BillingPostalCode: '94105' });
  const maria = sf('Contact', '0035g00000Mar01AAA', 'Maria García', { AccountId: acme.id, Phone: '(415) 555-1000', MailingStreet: '8 Elm St', MailingPostalCode: '94110' });
  const mariaCase = sf('Case', '5005g00000Mov01AAA', 'Move service', { AccountId: acme.id, ContactId: maria.id });
  const flatmate = sf('Contact', '0035g00000Fla01AAA', 'Flat Mate', { MailingStreet: '8 Elm St', MailingPostalCode: '94110' });
  const stranger = sf('Contact', '0035g00000Str01AAA', 'Stranger', { Phone: '+1 212 555 0000' });

  it('shows the account, its contacts and cases, then their household, though the caller rang from an unknown number', () => {
    const entries = orderRelated(
      { identityPoints: [{ kind: 'phone', value: '+12125550999' }], records: [stranger, flatmate, mariaCase, maria, acme], created: [], identified: [acme] },
      config,
    ) as RelatedEntry[];
    expect(entries.map((e) => [e.group, e.record.name])).toEqual([
      ['person', 'Acme Logistics'],
      ['person', 'Maria García'],
      ['person', 'Move service'],
      ['household', 'Flat Mate'],
    ]);
  });

  it('without the identified records an unknown number still matches nothing', () => {
    const entries = orderRelated({ identityPoints: [{ kind: 'phone', value: '+12125550999' }], records: [maria, acme], created: [] }, config) as RelatedEntry[];
    expect(entries).toEqual([]);
  });
});
