import { describe, expect, it } from 'vitest';
import type { CrmRecordRef } from '../vocabulary/crmRecord';
import { hasRecordIdShape, linkTargetRefusal } from './linkTarget';

const contact: CrmRecordRef = { crm: 'salesforce', object: 'Contact', id: '0035g00000Ana01AAA' };
const malformed: CrmRecordRef = { ...contact, id: 'not-an-id' };
const notFound = { error: { kind: 'not-found' as const, status: 404, code: 'NOT_FOUND', message: 'The requested resource does not exist' } };

describe('link targets (issue 23 §8)', () => {
  it('knows each CRM’s id shape', () => {
    expect(hasRecordIdShape(contact)).toBe(true);
    expect(hasRecordIdShape({ ...contact, id: contact.id.slice(0, 15) })).toBe(true);
    expect(hasRecordIdShape(malformed)).toBe(false);
    expect(hasRecordIdShape({ crm: 'servicenow', object: 'incident', id: '46d44a5dc0a8010e0000ec1a5e5d2c5b' })).toBe(true);
    expect(hasRecordIdShape({ crm: 'servicenow', object: 'incident', id: 'INC0010001' })).toBe(false);
    expect(hasRecordIdShape({ crm: 'zendesk', object: 'user', id: '361' })).toBe(true);
    expect(hasRecordIdShape({ crm: 'zendesk', object: 'user', id: '0x1' })).toBe(false);
  });

  it('accepts a record the CRM found', () => {
    expect(linkTargetRefusal(contact, { found: true })).toBeNull();
  });

  it('refuses with the CRM’s reason: 400 for a malformed id, 404 for a missing record', () => {
    expect(linkTargetRefusal(malformed, notFound)).toMatchObject({ status: 400, refused: 'invalid-record-id', crm: { code: 'NOT_FOUND' } });
    expect(linkTargetRefusal(contact, notFound)).toMatchObject({ status: 404, refused: 'record-not-found', message: 'The requested resource does not exist' });
  });

  it('takes a well-formed id on trust when the CRM could not answer, never a malformed one', () => {
    const down = { error: { kind: 'unavailable' as const, status: 503, code: 'HTTP_503', message: 'down' } };
    expect(linkTargetRefusal(contact, down)).toBeNull();
    expect(linkTargetRefusal(contact, { unchecked: true })).toBeNull();
    expect(linkTargetRefusal(malformed, { unchecked: true })).toMatchObject({ status: 400, refused: 'invalid-record-id' });
  });
});
