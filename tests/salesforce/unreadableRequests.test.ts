import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { send } from '../reliability/client';
import { AGENT, CLIENT } from './connect';

/** Requests Salesforce cannot read, sent raw (paths unnormalised) as a careless or hostile client would. */
let emulator: RunningEmulator;
let auth: Record<string, string>;
let accountId: string;
const SF = '/services/data/v62.0';
const json = (text: string) => JSON.parse(text) as unknown;
const call = async (method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}) => {
  const answer = await send(emulator.url, { method, path, body, label: path, headers: { ...auth, 'content-type': 'application/json', ...headers } });
  return { status: answer.status, body: answer.text ? json(answer.text) : null, text: answer.text, type: answer.contentType };
};
const one = (errorCode: string, message: string) => [{ message, errorCode, fields: [] }];
const NOT_FOUND = one('NOT_FOUND', 'The requested resource does not exist');

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  const form = new URLSearchParams({ grant_type: 'password', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, ...AGENT });
  const token = await (await fetch(`${emulator.url}/services/oauth2/token`, { method: 'POST', body: form })).json() as { access_token: string };
  auth = { authorization: `Bearer ${token.access_token}` };
  accountId = ((await call('POST', `${SF}/sobjects/Account`, '{"Name":"Unreadable Co"}')).body as { id: string }).id;
});
afterAll(() => emulator.close());

describe('Salesforce bodies it cannot read', () => {
  it('refuses writes without an entity body, as the REST API does', async () => {
    const noBody = one('JSON_PARSER_ERROR', 'The HTTP entity body is required, but this request has no entity body.');
    expect(await call('POST', `${SF}/sobjects/Case`, '')).toMatchObject({ status: 400, body: noBody });
    expect(await call('POST', `${SF}/sobjects/Task`)).toMatchObject({ status: 400, body: noBody });
    expect(await call('PATCH', `${SF}/sobjects/Account/${accountId}`, '')).toMatchObject({ status: 400, body: noBody });
  });

  it('refuses JSON that is not a record object, naming the token', async () => {
    expect(await call('PATCH', `${SF}/sobjects/Account/${accountId}`, '[]')).toMatchObject({ status: 400, body: one('JSON_PARSER_ERROR', 'Can not deserialize SObject out of START_ARRAY token at [line:1, column:1]') });
    for (const [body, token] of [['null', 'VALUE_NULL'], ['42', 'VALUE_NUMBER_INT'], ['"text"', 'VALUE_STRING'], ['true', 'VALUE_TRUE']]) {
      const answer = await call('PATCH', `${SF}/ui-api/records/${accountId}`, body);
      expect([answer.status, answer.body]).toEqual([400, one('JSON_PARSER_ERROR', `Can not deserialize RecordInputRepresentation out of ${token} token at [line:1, column:1]`)]);
    }
    const unknown = await call('PATCH', `${SF}/ui-api/records/${accountId}`, '{"__proto__":{"polluted":true}}');
    expect([unknown.status, (unknown.body as { errorCode: string }[])[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
  });

  it('refuses JSON nested deeper than the parser allows, before any route walks it', async () => {
    const deep = `{"compositeRequest":[{"method":"POST","url":"${SF}/sobjects/Account","referenceId":"r","body":{"Name":${'{"v":'.repeat(20_000)}1${'}'.repeat(20_000)}}}]}`;
    const answer = await call('POST', `${SF}/composite`, deep);
    expect([answer.status, (answer.body as { errorCode: string }[])[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
  });

  it('reads gzip bodies, and refuses broken ones and undocumented encodings in its own shape', async () => {
    const zipped = await call('POST', `${SF}/sobjects/Account`, gzipSync('{"Name":"Zipped Co"}'), { 'content-encoding': 'gzip' });
    expect(zipped.status).toBe(201);
    const broken = await call('POST', `${SF}/sobjects/Account`, 'not gzip at all', { 'content-encoding': 'gzip' });
    expect([broken.status, (broken.body as { errorCode: string }[])[0].errorCode]).toEqual([400, 'JSON_PARSER_ERROR']);
    for (const encoding of ['compress', 'br']) {
      expect(await call('POST', `${SF}/sobjects/Account`, '{"Name":"x"}', { 'content-encoding': encoding })).toMatchObject({
        status: 415, body: one('UNSUPPORTED_MEDIA_TYPE', `Content-Encoding of '${encoding}' is not supported by this resource`),
      });
    }
  });
});

describe('Salesforce paths it does not serve', () => {
  it('answers unknown resources and undecodable ids with NOT_FOUND', async () => {
    for (const path of ['/sobjects/Account/../../etc/passwd', '/query/../../etc/passwd', '/queryAll/a/b', '/nope', '/sobjects/Account/%E0%A4%A', '/ui-api/records/%', '/ui-api/records/batch/%']) {
      expect(await call('GET', `${SF}${path}`), path).toMatchObject({ status: 404, body: NOT_FOUND });
    }
    // Without ids, the batch path reads as a record whose id is "batch".
    expect(await call('GET', `${SF}/ui-api/records/batch/`)).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    expect(await call('PATCH', `${SF}/ui-api/records/%`, '{"fields":{}}')).toMatchObject({ status: 404, body: NOT_FOUND });
  });

  it('checks the session before saying a resource does not exist', async () => {
    expect(await call('GET', `${SF}/nope`, undefined, { authorization: 'Bearer forged' })).toMatchObject({ status: 401, body: [{ errorCode: 'INVALID_SESSION_ID' }] });
  });
});

describe('Salesforce sign-in endpoints with bad input', () => {
  const token = (body: string, headers: Record<string, string> = {}) =>
    send(emulator.url, { method: 'POST', path: '/services/oauth2/token', body, label: 'token', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  it('answers an undecodable Basic client credential with invalid_client', async () => {
    const answer = await token('grant_type=client_credentials', { authorization: `Basic ${Buffer.from('%E0%A4%A:x').toString('base64')}` });
    expect([answer.status, json(answer.text)]).toEqual([400, { error: 'invalid_client', error_description: 'invalid client credentials' }]);
  });

  it('answers an oversized form as an OAuth error and an oversized envelope as a SOAP fault', async () => {
    const form = await token(`grant_type=password&username=${'x'.repeat(120_000)}`);
    expect([form.status, (json(form.text) as { error: string }).error]).toEqual([413, 'invalid_request']);
    const soap = await send(emulator.url, { method: 'POST', path: '/services/Soap/u/62.0', body: `<a>${'x'.repeat(120_000)}</a>`, label: 'soap', headers: { 'content-type': 'text/xml' } });
    expect([soap.status, soap.contentType.startsWith('text/xml'), soap.text.includes('<faultcode>sf:EXCEEDED_MAX_SIZE_REQUEST</faultcode>')]).toEqual([500, true, true]);
  });
});
