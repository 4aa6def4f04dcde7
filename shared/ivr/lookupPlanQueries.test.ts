import { describe, expect, it } from 'vitest';
import { targetSoql, targetsPhoneSosl } from '../adapters/salesforce/lookupQueries';
import { targetList } from '../adapters/servicenow/lookupQueries';
import { targetRequests } from '../adapters/zendesk/lookupQueries';
import { parseConfig } from '../config/parseConfig';
import { defaultStep, lookupStep } from './lookupPlan';

describe('the lookup plan becomes each adapter query (§7.1)', () => {
  it('Salesforce: phone-typed targets become one SOSL, text fields and other identifiers SOQL', () => {
    const [contact, , , kase] = defaultStep('salesforce', 'ani').targets;
    expect(targetsPhoneSosl([{ target: contact, extra: ['NPS__c'] }], ['4155551000', '14155551000'])).toBe(
      'FIND {4155551000 OR 14155551000} IN PHONE FIELDS RETURNING Contact(Id, Name, Phone, MobilePhone, HomePhone, OtherPhone, NPS__c)',
    );
    expect(targetSoql(kase, ['SuppliedPhone'], ['+14155551000', '(415) 555-1000'])).toBe(
      "SELECT Id, CaseNumber, SuppliedPhone FROM Case WHERE (SuppliedPhone IN ('+14155551000', '(415) 555-1000')) LIMIT 50",
    );
    const [account] = defaultStep('salesforce', 'account-number').targets;
    expect(targetSoql(account, account.fields, ["ACC-1' OR Name != '"])).toBe(
      "SELECT Id, Name, AccountNumber, Phone FROM Account WHERE (AccountNumber IN ('ACC-1\\' OR Name != \\'')) LIMIT 50",
    );
  });

  it('Salesforce: a custom object and custom fields added to the plan are searched and returned', () => {
    const parsed = parseConfig({
      ivr: { lookup: { salesforce: [{ identifier: 'account-number', targets: [{ object: 'Subscriber__c', fields: ['Line_Number__c', 'Contract__c'], returning: ['Contact__c'] }] }] } },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const step = lookupStep(parsed.config.ivr.lookup.salesforce, 'account-number')!;
    expect(targetSoql(step.targets[0], step.targets[0].fields, ['L-77'], ['Tier__c'])).toBe(
      "SELECT Id, Name, Line_Number__c, Contract__c, Contact__c, Tier__c FROM Subscriber__c WHERE (Line_Number__c IN ('L-77') OR Contract__c IN ('L-77')) LIMIT 50",
    );
  });

  it('ServiceNow: each target is one Table API list over its fields; u_ and scoped tables alike, dot-walks returned', () => {
    const [account] = defaultStep('servicenow', 'account-number').targets;
    expect(targetList(account, 'account-number', ' ACC-10001 ')).toMatchObject({ query: 'number=ACC-10001^ORaccount_code=ACC-10001', limit: 50 });
    const custom = { object: 'x_acme_line', fields: ['u_line_number'], returning: ['u_contract', 'account.u_tier'] };
    const request = targetList(custom, 'ani', '+1 415 555 1000', ['u_nps'])!;
    expect(request.query).toContain('u_line_number STARTSWITH+14155551000'.replace(' ', ''));
    expect(request.query).toContain('u_line_numberSTARTSWITH(415) 555-1000');
    expect(request.fields).toEqual(expect.arrayContaining(['name', 'u_line_number', 'u_contract', 'account.u_tier', 'u_nps']));
    // A value that would change the encoded query is refused rather than sent.
    expect(targetList(account, 'account-number', 'A^ORactive=true')).toBeNull();
  });

  it('Zendesk: one search per field, a ticket number read by id', () => {
    const [user] = defaultStep('zendesk', 'ani').targets;
    expect(targetRequests(user, 'ani', '+1 (415) 555-1000')).toEqual([{ search: 'type:user phone:*4155551000' }]);
    expect(targetRequests({ object: 'organization', fields: ['external_id', 'name'] }, 'account-number', 'ACC 1')).toEqual([
      { organizationsByExternalId: 'ACC 1' },
      { search: 'type:organization name:"ACC 1"' },
    ]);
    expect(targetRequests(defaultStep('zendesk', 'case-number').targets[0], 'case-number', '42')).toEqual([{ get: { object: 'ticket', id: '42' } }]);
    expect(targetRequests(defaultStep('zendesk', 'email').targets[0], 'email', 'not-an-email')).toEqual([]);
  });
});
