import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import { callerOf } from './caller';
import { caseOriginOf } from './caseOrigin';
import { allowedCreateTypes, prefillForm } from './prefill';
import { splitName } from './splitName';

const config = defaultConfig();
const call = { channel: 'voice' as const, from: '(415) 555-0101', contactName: 'Ana Müller', subject: 'Router keeps rebooting' };
const email = { channel: 'email' as const, from: 'Ana.Mueller@Example.com', contactName: 'García Lorca, Federico', subject: 'Invoice March' };

describe('first and last name from a display name (§4.1)', () => {
  it.each([
    ['Ana Müller', 'Ana', 'Müller'],
    ['García Lorca, Federico', 'Federico', 'García Lorca'],
    ['Ludwig Mies van der Rohe', 'Ludwig Mies', 'van der Rohe'],
    ['Maria de la Cruz', 'Maria', 'de la Cruz'],
    ['Mary Ann  Smith', 'Mary Ann', 'Smith'],
    ['Madonna', '', 'Madonna'],
    ['  ', '', ''],
  ])('§4.1 %s', (display, firstName, lastName) => {
    expect(splitName(display)).toEqual({ firstName, lastName });
  });
});

describe('creating CRM records (§4.1)', () => {
  it('§4.1 the types come from the admin configuration, per CRM', () => {
    expect(allowedCreateTypes('salesforce', config)).toEqual(['Contact', 'Lead', 'Case']);
    const parsed = parseConfig({ features: { create: { allowedTypes: { salesforce: ['Case'] } } } });
    if (!parsed.ok) throw new Error('bad config');
    expect(allowedCreateTypes('salesforce', parsed.config)).toEqual(['Case']);
    expect(allowedCreateTypes('servicenow', parsed.config)).toContain('csm_consumer');
    expect(prefillForm('salesforce', 'Lead', call, parsed.config)).toEqual({ refused: 'type-not-allowed', object: 'Lead' });
  });

  it('§4.1 a Salesforce Contact or Lead gets the phone in Phone and the split name', () => {
    expect(prefillForm('salesforce', 'Contact', call, config)).toEqual({
      object: 'Contact',
      values: { Phone: '+14155550101', FirstName: 'Ana', LastName: 'Müller' },
    });
    expect(prefillForm('salesforce', 'Lead', email, config)).toEqual({
      object: 'Lead',
      values: { Email: 'ana.mueller@example.com', FirstName: 'Federico', LastName: 'García Lorca' },
    });
  });

  it('§4.1 a Salesforce Case gets the web fields and the interaction subject', () => {
    expect(prefillForm('salesforce', 'Case', call, config)).toEqual({
      object: 'Case',
      values: { SuppliedPhone: '+14155550101', SuppliedName: 'Ana Müller', Subject: 'Router keeps rebooting', Origin: 'Phone' },
    });
  });

  it('§4.1 a Salesforce Case is linked to the caller: their Contact, its Account, the origin of the channel', () => {
    const caller = { contactId: '0035g00000Ana01AAA', accountId: '0015g00000Alp01AAA' };
    expect(prefillForm('salesforce', 'Case', { ...email, caller }, config)).toMatchObject({
      values: { ContactId: caller.contactId, AccountId: caller.accountId, Origin: 'Email' },
    });
    // A Contact without an Account links the Contact alone; a Contact form takes no link fields.
    expect((prefillForm('salesforce', 'Case', { ...call, caller: { contactId: caller.contactId, accountId: null } }, config) as { values: Record<string, string> }).values).not.toHaveProperty('AccountId');
    expect((prefillForm('salesforce', 'Contact', { ...call, caller }, config) as { values: Record<string, string> }).values).not.toHaveProperty('ContactId');
  });

  it.each([
    ['voice', 'Phone'],
    ['email', 'Email'],
    ['chat', 'Chat'],
    ['forum', 'Web'],
    ['whatsapp', undefined],
  ] as const)('§4.1 a case from %s has Origin %s', (channel, origin) => {
    expect(caseOriginOf(channel)).toBe(origin);
  });

  it('§4.1 the caller is the identified Contact, else the screen pop, else a linked one; an ambiguous caller is nobody', () => {
    const ana = { crm: 'salesforce' as const, object: 'Contact', id: '0035g00000Ana01AAA' };
    const ben = { crm: 'salesforce' as const, object: 'Contact', id: '0035g00000Ben01AAA' };
    const acme = { crm: 'salesforce' as const, object: 'Account', id: '0015g00000Alp01AAA' };
    const snAna = { crm: 'servicenow' as const, object: 'customer_contact', id: 'abc' };
    expect(callerOf('salesforce', { ivr: { outcome: 'identified', matches: [snAna, ana] }, screenPop: ben })).toEqual(ana);
    expect(callerOf('salesforce', { ivr: { outcome: 'ambiguous', matches: [ana] }, screenPop: acme, links: [ben] })).toEqual(ben);
    expect(callerOf('salesforce', { screenPop: acme })).toBeNull();
    expect(callerOf('servicenow', { ivr: { outcome: 'identified', matches: [snAna, ana] } })).toEqual(snAna);
  });

  it('§4.1 ServiceNow consumers and cases, Zendesk users', () => {
    expect(prefillForm('servicenow', 'csm_consumer', call, config)).toEqual({
      object: 'csm_consumer',
      values: { phone: '+14155550101', first_name: 'Ana', last_name: 'Müller' },
    });
    expect(prefillForm('servicenow', 'sn_customerservice_case', call, config)).toEqual({
      object: 'sn_customerservice_case',
      values: { short_description: 'Router keeps rebooting' },
    });
    expect(prefillForm('zendesk', 'user', email, config)).toEqual({
      object: 'user',
      values: { email: 'ana.mueller@example.com', name: 'García Lorca, Federico' },
    });
  });

  it('§4.1 a chat handle that is no phone or email leaves those fields empty', () => {
    const chat = { channel: 'chat' as const, from: 'visitor-81' };
    expect(prefillForm('salesforce', 'Contact', chat, config)).toEqual({ object: 'Contact', values: {} });
  });

  it('§1.3 creating is refused when the feature is off', () => {
    const off = switchFeature(config, 'create', false);
    expect(allowedCreateTypes('salesforce', off)).toEqual({ refused: 'feature-disabled', feature: 'create' });
    expect(prefillForm('salesforce', 'Contact', call, off)).toEqual({ refused: 'feature-disabled', feature: 'create' });
  });
});
