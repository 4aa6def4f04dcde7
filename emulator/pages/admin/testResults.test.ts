import { describe, expect, it } from 'vitest';
import { lookupResult, requestList, type LookupResult } from './testResults';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('requestList', () => {
  it('shows a lookup query decoded, one parameter a line, with the exact URL kept behind a toggle', () => {
    const url = 'http://127.0.0.1:3000/services/data/v62.0/search?q=FIND%20%7B4155551000%7D%20IN%20PHONE%20FIELDS%20RETURNING%20Contact(Id%2CName)';
    const html = requestList([{ method: 'GET', url, status: 200, ms: 12 }]);
    expect(text(html)).toContain('GET http://127.0.0.1:3000/services/data/v62.0/search → 200 in 12 ms');
    expect(html).toContain('<dt class="slds-dl_horizontal__label">q</dt>');
    expect(html).toContain('<code>FIND {4155551000} IN PHONE FIELDS RETURNING Contact(Id,Name)</code>');
    expect(html).toContain(`<summary>Exact URL</summary><code>${url}</code>`);
  });

  it('escapes what it decodes, lists a batch under its request, and says when a CRM did not answer', () => {
    const inner = { method: 'GET', url: 'http://crm.example/api/now/table/csm_consumer?sysparm_query=name%3D%3Cb%3E', status: 200, ms: 1 };
    const html = requestList([{ method: 'POST', url: 'http://crm.example/api/now/v1/batch', parts: [inner] }]);
    expect(text(html)).toContain('POST http://crm.example/api/now/v1/batch → no answer');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<code>name=&#60;b&#62;</code>');
    // A request with no query has nothing to decode and no toggle.
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(html.match(/<ol/g)).toHaveLength(2);
  });
});

describe('lookupResult', () => {
  it('says what the tested value was taken for, in words', () => {
    const result = { kind: 'account-number', draft: true, crms: [], facts: {}, outcome: 'not-found', greeting: 'Welcome.', routing: { queue: 'general', skills: [], reasons: [] } } as unknown as LookupResult;
    expect(text(lookupResult(result))).toContain('Test of an account number against the draft');
  });
});
