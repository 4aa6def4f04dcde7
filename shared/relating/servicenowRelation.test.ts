import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../config/parseConfig';
import type { CrmRecordRef } from '../vocabulary/crmRecord';
import {
  decideServiceNowRelation,
  noServiceNowRelations,
  relationDisplay,
  relationIcons,
  unrelateServiceNow,
  type ServiceNowRelations,
} from './servicenowRelation';

const sn = (object: string, id: string): CrmRecordRef => ({ crm: 'servicenow', object, id });
const ana = sn('csm_consumer', '6816f79cc0a8016401c5a33be04be441');
const marc = sn('csm_consumer', '7a1c3b2fc0a8016401c5a33be04be442');
const contact = sn('customer_contact', '62826bf03710200044e0bfc8bcbe5df1');
const config = defaultConfig();

const relate = (relations: ServiceNowRelations, picked: CrmRecordRef) => {
  const decision = decideServiceNowRelation(relations, picked, config);
  if (!('field' in decision)) throw new Error(`refused: ${decision.refused}`);
  return decision;
};

describe('relating a ServiceNow case (§3.2)', () => {
  it('§3.2 picking a consumer fills the Consumer field; contacts and accounts fill their own', () => {
    expect(relate(noServiceNowRelations(), ana)).toMatchObject({ field: 'consumer', value: ana.id, replaces: null });
    expect(relate(noServiceNowRelations(), contact)).toMatchObject({ field: 'contact', value: contact.id });
    expect(relate(noServiceNowRelations(), sn('customer_account', 'acc1'))).toMatchObject({ field: 'account' });
  });

  it('§3.2 a record of the same type replaces the relation', () => {
    const first = relate(noServiceNowRelations(), ana);
    const second = relate(first.relations, marc);
    expect(second).toMatchObject({ field: 'consumer', value: marc.id, replaces: ana });
    expect(relationIcons(second.relations)).toEqual([{ field: 'consumer', record: marc, icon: 'current' }]);
  });

  it('§3.2 a record of another type adds a relation; the first turns white but stays related in the CRM', () => {
    const first = relate(noServiceNowRelations(), ana);
    const second = relate(first.relations, contact);
    expect(second.replaces).toBeNull();
    expect(relationIcons(second.relations)).toEqual([
      { field: 'consumer', record: ana, icon: 'still-related-in-crm' },
      { field: 'contact', record: contact, icon: 'current' },
    ]);
  });

  it('§3.2 clicking a green icon removes that relation; a white one does not', () => {
    const relations = relate(relate(noServiceNowRelations(), ana).relations, contact).relations;
    expect(unrelateServiceNow(relations, ana, config)).toEqual({ refused: 'not-current' });
    const removed = unrelateServiceNow(relations, contact, config);
    expect(removed).toEqual({ clear: 'contact', relations: { related: [{ field: 'consumer', record: ana }] } });
    expect(unrelateServiceNow(relations, marc, config)).toEqual({ refused: 'not-related' });
  });

  it('§3.2 only consumers, contacts and accounts can be related', () => {
    expect(decideServiceNowRelation(noServiceNowRelations(), sn('sys_user', 'u1'), config)).toEqual({ refused: 'not-relatable' });
    expect(decideServiceNowRelation(noServiceNowRelations(), { crm: 'salesforce', object: 'Contact', id: '003' }, config)).toEqual({
      refused: 'not-relatable',
    });
  });

  it('§3.2 a record with no display name shows an empty field and a preview action', () => {
    expect(relationDisplay({ name: '' })).toEqual({ name: '', preview: true });
    expect(relationDisplay({ name: '  ' })).toEqual({ name: '', preview: true });
    expect(relationDisplay({ name: 'Ana Müller' })).toEqual({ name: 'Ana Müller', preview: false });
  });

  it('§1.3 relating and unrelating are refused when the feature is off', () => {
    const parsed = parseConfig({ features: { relate: { enabled: false } } });
    if (!parsed.ok) throw new Error('bad config');
    expect(decideServiceNowRelation(noServiceNowRelations(), ana, parsed.config)).toEqual({ refused: 'feature-disabled', feature: 'relate' });
    expect(unrelateServiceNow(noServiceNowRelations(), ana, parsed.config)).toEqual({ refused: 'feature-disabled', feature: 'relate' });
  });
});
