import { describe, expect, it } from 'vitest';
import { callerFields } from './callerFields';

const ref = (object: string, id: string, account?: string) => ({ crm: 'servicenow' as const, object, id, account });

describe('callerFields: a new ServiceNow case belongs to the caller', () => {
  it('takes a consumer and the channel', () => {
    expect(callerFields('servicenow', 'sn_customerservice_case', [ref('csm_consumer', 'c1')], 'voice')).toEqual({ consumer: 'c1', contact_type: 'phone' });
  });

  it('takes a contact with the account they work for', () => {
    expect(callerFields('servicenow', 'sn_customerservice_case', [ref('customer_contact', 'k1', 'a1')], 'email')).toEqual({ contact: 'k1', account: 'a1', contact_type: 'email' });
  });

  it('prefers the first person (the agent\'s relation) and never sets consumer and contact together', () => {
    const fields = callerFields('servicenow', 'sn_customerservice_case', [ref('csm_consumer', 'c1'), ref('customer_contact', 'k1', 'a1'), ref('customer_account', 'a2')], 'whatsapp');
    expect(fields).toEqual({ consumer: 'c1', contact_type: 'chat' });
  });

  it('takes an account alone, and nothing for other types or CRMs', () => {
    expect(callerFields('servicenow', 'sn_customerservice_case', [ref('customer_account', 'a2')], 'facebook')).toEqual({ account: 'a2', contact_type: 'social' });
    expect(callerFields('servicenow', 'customer_contact', [ref('customer_account', 'a2')], 'voice')).toEqual({});
    expect(callerFields('salesforce', 'Case', [], 'voice')).toEqual({});
  });
});
