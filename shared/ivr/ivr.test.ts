import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/parseConfig';
import { switchFeature } from '../config/requireFeature';
import type { CrmRecord } from '../vocabulary/crmRecord';
import { greetingLanguage, greetingName, greetingText } from './greeting';
import { ivrOutcome } from './ivrOutcome';
import { DEFAULT_LOOKUP_PLANS, nextIdentifier } from './lookupPlan';
import { planLookup } from './planLookup';

const config = defaultConfig();
const sf = (object: string, id: string, name: string, fields: Record<string, unknown> = {}): CrmRecord => ({ crm: 'salesforce', object, id, name, fields });
const ana = sf('Contact', '0035g00000Ana01AAA', 'Ana Müller', { FirstName: 'Ana', AccountId: '0015g00000Alp01AAA' });
const anaAccount = sf('Account', '0015g00000Alp01AAA', 'Müller Household');
const anaCase = sf('Case', '5005g00000Cas01AAA', '00001026', { ContactId: ana.id });
const peter = sf('Contact', '0035g00000Pet01AAA', 'Peter Müller', { FirstName: 'Peter', AccountId: anaAccount.id });

describe('the IVR lookup plan (§7.1, §7.2)', () => {
  it('§7.1 searches the ANI across contacts, accounts, leads and cases in Salesforce', () => {
    expect(planLookup(config, 'salesforce', 'ani')).toMatchObject({
      identifier: 'ani',
      targets: [{ object: 'Contact' }, { object: 'Account' }, { object: 'Lead' }, { object: 'Case', fields: ['SuppliedPhone'] }],
    });
    expect(planLookup(config, 'servicenow', 'ani')).toMatchObject({ targets: [{ object: 'csm_consumer' }, { object: 'customer_contact' }, { object: 'customer_account' }] });
  });

  it('§7.2 then asks for another identifier: account number, case number, email', () => {
    const plan = DEFAULT_LOOKUP_PLANS.salesforce;
    expect(nextIdentifier(plan, ['ani'])).toBe('account-number');
    expect(nextIdentifier(plan, ['ani', 'account-number', 'case-number'])).toBe('email');
    expect(nextIdentifier(plan, ['ani', 'account-number', 'case-number', 'email'])).toBeNull();
    expect(planLookup(config, 'salesforce', 'case-number')).toMatchObject({ identifier: 'case-number', targets: [{ object: 'Case', fields: ['CaseNumber'] }] });
    expect(planLookup(config, 'zendesk', 'account-number')).toMatchObject({ targets: [{ object: 'organization', fields: ['external_id'] }] });
  });

  it('§7.1 the plan is admin data', () => {
    const parsed = parseConfig({ ivr: { lookup: { salesforce: [{ identifier: 'ani', targets: [{ object: 'Subscriber__c', fields: ['Line_Number__c'] }] }] } } });
    if (!parsed.ok) throw new Error('bad config');
    expect(planLookup(parsed.config, 'salesforce', 'ani')).toEqual({ identifier: 'ani', targets: [{ object: 'Subscriber__c', fields: ['Line_Number__c'] }] });
  });

  it('§1.3 the lookup is refused when the feature is off', () => {
    expect(planLookup(switchFeature(config, 'ivrLookup', false), 'salesforce', 'ani')).toEqual({ refused: 'feature-disabled', feature: 'ivrLookup' });
  });
});

describe('the IVR outcome (§7.2)', () => {
  it('§7.2 no match: not identified', () => {
    expect(ivrOutcome([])).toEqual({ outcome: 'not-identified' });
  });

  it('§7.2 one match: identified with that record, even found through two fields', () => {
    expect(ivrOutcome([ana, { ...ana, id: '0035g00000Ana01' }])).toEqual({ outcome: 'identified', record: ana, related: [] });
  });

  it('§7.2 one person and records of their own (their case, their account): identified as the person', () => {
    expect(ivrOutcome([anaCase, anaAccount, ana])).toEqual({ outcome: 'identified', record: ana, related: [anaCase, anaAccount] });
  });

  it('§7.2 several people on one number: ambiguous, every match kept', () => {
    expect(ivrOutcome([ana, peter, anaAccount])).toEqual({ outcome: 'ambiguous', matches: [ana, peter, anaAccount] });
  });

  it('§7.2 a case that belongs to someone else keeps it ambiguous', () => {
    const otherCase = sf('Case', '5005g00000Cas02AAA', '00001027', { ContactId: peter.id });
    expect(ivrOutcome([ana, otherCase])).toMatchObject({ outcome: 'ambiguous' });
    expect(ivrOutcome([anaCase, otherCase])).toMatchObject({ outcome: 'ambiguous' });
  });
});

describe('the greeting (§7.2)', () => {
  it('§7.2 an identified caller is greeted by first name', () => {
    expect(greetingText({ name: greetingName(ana), company: 'Alpine Fibre' })).toBe('Hello Ana, welcome back to Alpine Fibre.');
    expect(greetingName({ name: 'Jordi Puig', fields: {} })).toBe('Jordi');
  });

  it('§7.2 in the preferred language when the record has one', () => {
    expect(greetingText({ name: 'Ana', language: 'es_MX', company: 'Alpine Fibre' })).toBe('Hola Ana, le damos de nuevo la bienvenida a Alpine Fibre.');
    expect(greetingText({ name: 'Léa', language: 'fr-CH', company: 'Alpine Fibre' })).toContain('Bonjour Léa');
    expect(greetingText({ name: 'Ana', language: 'Deutsch', company: 'Alpine Fibre' })).toBe('Hallo Ana, willkommen zurück bei Alpine Fibre.');
    expect(greetingText({ name: '由美', language: 'ja', company: 'Alpine Fibre' })).toBe('由美様、Alpine Fibreにお電話いただきありがとうございます。');
  });

  it('§7.2 an unknown language falls back; an unknown caller gets no name', () => {
    expect(greetingLanguage('Klingon')).toBe('en');
    expect(greetingLanguage(undefined, 'de')).toBe('de');
    expect(greetingText({ company: 'Alpine Fibre', language: 'fr' })).toBe('Bienvenue chez Alpine Fibre.');
  });
});
