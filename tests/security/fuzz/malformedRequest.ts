import fc from 'fast-check';
import type { FuzzRoute } from './targets';

/** A request as the fuzz sends it; `auth: false` leaves the API's credentials out. */
export interface MalformedRequest {
  route: FuzzRoute;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  auth: boolean;
}

/** Texts that broke or slowed servers before: patterns, encodings, sizes, prototype keys. */
const NASTY = [
  '', ' ', 'null', 'undefined', 'NaN', '-1', '0', '1e309', '99999999999999999999999', '1.5', 'true', '[]', '{}',
  '..', '../..', '%2e%2e%2f', '%00', '%ZZ', '%', '%C0%AF', '\u0000', '\uD800', '😀', 'ß', '\r\nX-Injected: 1',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  "'", '"', '\\', "' OR 1=1 --", '<script>alert(1)</script>', '${7*7}', '{{7*7}}',
  `SELECT Id FROM Contact WHERE Email LIKE '%%%%%%%%%%%%!'`, 'SELECT Id FROM', 'SELECT FROM WHERE', 'FIND {*a*b*c*d*e*f*}',
  `FIND {${'*'.repeat(40)}}`, 'type:user email:*@**************!', `nameLIKE${'%'.repeat(30)}`, `short_descriptionSTARTSWITH${'a'.repeat(500)}`,
  'active=true^ORactive=false^NQnumber=1', "contains(fullname,'", '$filter=', 'a'.repeat(5000), '9'.repeat(400),
  '2024-13-45T99:99:99Z', '1970-01-01', '-0', 'v0', 'v999.0',
];

/** Plausible values for each path parameter name, so requests get past the routing layer. */
const PARAM_VALUES: Record<string, string[]> = {
  version: ['v62.0', '62.0', 'v59.0', 'v9.2', 'v1', 'v2', 'v30.0', 'latest'],
  object: ['Contact', 'Account', 'Case', 'Task', 'Lead', 'NoSuch__c', 'ContentVersion'],
  table: ['incident', 'sn_customerservice_case', 'customer_contact', 'csm_consumer', 'sys_user', 'x_unknown', 'sys_db_object'],
  sysId: ['0'.repeat(32), 'f'.repeat(32), 'not-a-sys-id'],
  staging: ['u_cc_import', 'imp_user', 'x_nope'],
  tenant: ['customercard', 'common', 'organizations'],
  id: ['1', 'int-000001', 'agt-000001', 'card-000001', 'tkt-000001', '003000000000001AAA', 'me', 'current', 'show_many'],
  linkId: ['lnk-000001', 'cc-int-000001-x'],
  field: ['Id', 'Email', 'External_Id__c', 'AccountNumber'],
  value: ['maria.garcia@acme.example', 'ACC-10001'],
  relationship: ['Contacts', 'Cases', 'Owner', 'Nope'],
  ids: ['003000000000001AAA,001000000000001AAA', '1,2,3'],
};

const KEYS = [
  'q', 'sysparm_query', 'sysparm_fields', 'sysparm_limit', 'sysparm_offset', 'sysparm_display_value', 'sysparm_exclude_reference_link',
  'sysparm_input_display_value', 'query', 'sort_by', 'sort_order', 'page', 'per_page', 'page[size]', 'page[after]', 'cursor',
  '$filter', '$select', '$top', '$orderby', '$expand', '$count', '$skiptoken', 'fields', 'limit', 'offset', 'start_time', 'ids',
  'external_ids', 'include', 'role', 'status', 'name', 'email', 'phone', 'id', 'crm', 'object', 'state', 'ani', 'dnis', 'text',
  'channel', 'from', 'subject', 'agentId', 'queue', 'username', 'password', 'grant_type', 'client_id', 'client_secret', 'token',
  'code', 'redirect_uri', 'response_type', 'scope', 'startURL', 'LastName', 'Email', 'Phone', 'AccountId', 'short_description',
  'user', 'ticket', 'tickets', 'users', 'records', 'allOrNone', 'compositeRequest', 'batchRequests', 'rest_requests', 'attributes',
  'Id', 'sys_id', 'file_name', 'table_name', 'table_sys_id', 'filename', 'recordIds', 'layoutTypes', 'modes', 'optionalFields',
  'batchSize', 'nextRecordsUrl', 'retention', 'days', 'reason', 'body', 'comment', 'tags', 'organization_id', 'requester_id',
  '__proto__', 'constructor',
];

const nasty = fc.constantFrom(...NASTY);
const text = fc.oneof(nasty, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }));
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
})).value;

/** Percent-encoding of any text; a lone surrogate, which UTF-8 cannot carry, is sent as U+FFFD. */
const encode = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** A path segment: encoded, except text that is already URL-safe, so deliberate bad `%` escapes get through. */
const inPath = (value: string) => (/^[\w.~%-]*$/.test(value) ? value : encode(value));

const paramValue = (name: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(PARAM_VALUES[name] ?? PARAM_VALUES.id)) }, { weight: 2, arbitrary: text.map(inPath) });

const queryString = fc
  .array(fc.tuple(key, fc.oneof(text, fc.constantFrom(...NASTY))), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));

const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
  'text/xml; charset=utf-8', 'application/xml', 'application/octet-stream', 'text/csv', 'application/json; charset=utf-16',
  'application/merge-patch+json', 'application/*', 'garbage', '',
];

const body = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: jsonish.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.constantFrom('{', '[1,', '{"a":}', 'nul', '{"a":1}}', '"', '[]'.repeat(3), '['.repeat(5000), '{"a":'.repeat(2000)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('login', 'query', 'create', 'update', 'delete', 'logout', 'describeSObject', 'nope'), text).map(soapEnvelope) },
  { weight: 1, arbitrary: fc.constantFrom('<', '<?xml version="1.0"?><a>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>') },
  { weight: 1, arbitrary: queryString },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(200_000), 'Name,Email\n"a,b', '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\n1\r\n--x--') },
);

/** A SOAP envelope with `operation` and a value where the API expects one: well-formed XML, wrong content. */
function soapEnvelope([operation, value]: [string, string]): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com"><soapenv:Header><urn:SessionHeader><urn:sessionId>${escaped}</urn:sessionId></urn:SessionHeader></soapenv:Header><soapenv:Body><urn:${operation}><urn:sObjectType>${escaped}</urn:sObjectType><urn:queryString>${escaped}</urn:queryString></urn:${operation}></soapenv:Body></soapenv:Envelope>`;
}

/** The path with every `:param` filled; sometimes a stray segment more, as a client that built it wrong would send. */
function filledPath(route: FuzzRoute): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return fc.tuple(fc.tuple(...names.map(paramValue)), fc.option(text.map(inPath), { freq: 6 })).map(([values, extra]) => {
    let i = 0;
    const path = route.path.replace(/:(\w+)/g, () => values[i++]);
    return extra === null ? path : `${path.replace(/\/$/, '')}/${extra}`;
  });
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** One malformed request to `route`: mostly its own method, with odd params, query, headers and body. */
export function malformedRequest(route: FuzzRoute): fc.Arbitrary<MalformedRequest> {
  return fc.record({
      route: fc.constant(route),
      method: fc.oneof({ weight: 5, arbitrary: fc.constant(route.method.toUpperCase()) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      path: fc.tuple(filledPath(route), fc.option(queryString, { freq: 3 })).map(([path, query]) => (query ? `${path}?${query}` : path)),
      headers: fc.record(
        {
          'content-type': fc.constantFrom(...CONTENT_TYPES),
          accept: fc.constantFrom('application/json', 'application/xml', 'text/html', '*/*', 'text/event-stream', 'garbage'),
          'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity'),
          'x-http-method-override': fc.constantFrom('DELETE', 'PATCH'),
          'if-match': fc.constantFrom('*', '"x"'),
          'sforce-query-options': fc.constantFrom('batchSize=1', 'batchSize=99999', 'batchSize=x'),
          prefer: fc.constantFrom('return=representation', 'odata.maxpagesize=0', 'odata.maxpagesize=-1'),
        },
        { requiredKeys: [] },
      ),
      body,
      // Mostly signed in, so that requests reach the handlers behind authentication.
      auth: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  });
}

/** `runs` requests spread evenly over `routes` in turn, the same ones for the same seed. */
export function malformedRequests(routes: FuzzRoute[], runs: number, seed: number): MalformedRequest[] {
  const perRoute = routes.map((route, i) => fc.sample(malformedRequest(route), { numRuns: Math.ceil(runs / routes.length), seed: seed + i }));
  return Array.from({ length: runs }, (_, n) => perRoute[n % routes.length][Math.floor(n / routes.length)]);
}
