import type { Answer } from './client';

/** The emulated APIs, each judged by its own vendor's error shape. */
export type Part = 'salesforce' | 'servicenow' | 'zendesk' | 'contactCenter';

export const SF = '/services/data/v62.0';
export const SN = '/api/now/table';
export const ZD = '/api/v2';
export const CC = '/cc/v1';

/** One data endpoint; `{id}` stands for the record id (or locator, sid, ...) in the path. */
export interface Route {
  part: Part;
  method: string;
  path: string;
}

const routes = (part: Part, base: string, list: string[]): Route[] =>
  list.map((line) => {
    const [method, path] = line.split(' ');
    return { part, method, path: `${base}${path}` };
  });

/** Every endpoint that reads or changes data, per part (read from each part's routers). */
export const DATA_ROUTES: Route[] = [
  ...routes('salesforce', SF, [
    'GET /', 'GET /sobjects', 'GET /sobjects/Account', 'GET /sobjects/Account/describe', 'POST /sobjects/Account',
    'GET /sobjects/Account/{id}', 'PATCH /sobjects/Account/{id}', 'DELETE /sobjects/Account/{id}',
    'POST /composite/sobjects', 'PATCH /composite/sobjects', 'DELETE /composite/sobjects?ids={id}',
    'GET /composite/sobjects/Account?ids={id}&fields=Name', 'POST /composite/sobjects/Account', 'POST /composite',
    'GET /ui-api/records/batch/{id}', 'GET /ui-api/records/{id}', 'POST /ui-api/records', 'PATCH /ui-api/records/{id}',
    'DELETE /ui-api/records/{id}', 'GET /ui-api/object-info/batch/Account,Contact', 'GET /ui-api/object-info/Account',
    'GET /query?q=SELECT+Id+FROM+Account', 'GET /queryAll?q=SELECT+Id+FROM+Account', 'GET /query/{id}', 'GET /queryAll/{id}',
    'GET /search?q=FIND+%7BAcme%7D', 'GET /parameterizedSearch?q=Acme', 'POST /parameterizedSearch',
  ]),
  ...routes('salesforce', '/services/oauth2', ['GET /userinfo']),
  ...['', '/v1', '/v2'].flatMap((version) =>
    routes('servicenow', `/api/now${version}/table`, [
      'GET /sn_customerservice_case', 'POST /sn_customerservice_case', 'GET /sn_customerservice_case/{id}',
      'PUT /sn_customerservice_case/{id}', 'PATCH /sn_customerservice_case/{id}', 'DELETE /sn_customerservice_case/{id}',
    ]),
  ),
  ...routes('zendesk', ZD, [
    // /users/me answers the anonymous user without credentials, as Zendesk does (tests/zendesk/oauth.test.ts).
    'GET /users.json', 'GET /users/search.json?query=maria', 'GET /users/show_many.json?ids={id}',
    'POST /users.json', 'POST /users/create_or_update.json', 'GET /users/{id}', 'PUT /users/{id}', 'DELETE /users/{id}',
    'GET /users/{id}/identities.json', 'GET /users/{id}/tickets/requested.json', 'GET /users/{id}/tickets/assigned.json',
    'GET /organizations.json', 'GET /organizations/show_many.json?ids={id}', 'POST /organizations.json',
    'GET /organizations/{id}', 'GET /organizations/{id}/tickets.json', 'GET /tickets.json', 'GET /tickets/show_many.json?ids={id}',
    'POST /tickets.json', 'GET /tickets/{id}', 'PUT /tickets/{id}', 'DELETE /tickets/{id}', 'GET /tickets/{id}/comments.json',
    'GET /tickets/{id}/metrics.json', 'POST /imports/tickets.json', 'POST /imports/tickets/create_many.json',
    'GET /job_statuses/{id}', 'GET /search.json?query=type:ticket', 'GET /search/count.json?query=type:ticket',
    'GET /incremental/tickets/cursor.json?start_time=0', 'GET /incremental/tickets.json?start_time=0',
    'GET /incremental/users/cursor.json?start_time=0', 'GET /incremental/users.json?start_time=0', 'POST /oauth/tokens.json',
  ]),
  ...routes('contactCenter', CC, [
    'GET /agents', 'GET /agents/me', 'GET /agents/{id}', 'PUT /agents/{id}/state', 'GET /agents/{id}/events', 'GET /config',
    'PUT /config', 'POST /calls', 'POST /interactions', 'GET /interactions', 'GET /interactions/{id}',
    'POST /interactions/{id}/ivr/identifier', 'POST /interactions/{id}/ivr/route', 'POST /interactions/{id}/messages',
    'POST /interactions/{id}/visited', 'POST /interactions/{id}/answer', 'POST /interactions/{id}/hangup',
    'POST /interactions/{id}/acw/complete', 'POST /interactions/{id}/transfer', 'POST /interactions/{id}/unassign',
    'GET /interactions/{id}/links', 'POST /interactions/{id}/links', 'DELETE /interactions/{id}/links/{id}',
    'GET /cards', 'GET /cards/{id}', 'GET /cards/{id}/duplicates', 'POST /cards/{id}/merge', 'GET /cards/{id}/audit',
  ]),
];

export function partOf(path: string): Part {
  if (path.startsWith('/services/')) return 'salesforce';
  if (path.startsWith('/api/now/')) return 'servicenow';
  if (path.startsWith('/api/v2/')) return 'zendesk';
  return 'contactCenter';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether an error answer has its vendor's shape:
 * Salesforce REST `[{message, errorCode}]` (errorcodes.htm), its OAuth endpoint
 * `{error, error_description}`, its SOAP API a SOAP fault; ServiceNow
 * `{error:{message,detail},status:'failure'}`; Zendesk `{error, description?}`;
 * the contact center `{error}`.
 */
export function isVendorError(path: string, answer: Answer): boolean {
  if (path.startsWith('/services/Soap/')) return /text\/xml/.test(answer.contentType) && answer.text.includes('<soapenv:Fault>');
  if (!/application\/json/.test(answer.contentType)) return false;
  const body = parse(answer.text);
  if (path.startsWith('/services/oauth2/token')) return isObject(body) && isText(body.error) && typeof body.error_description === 'string';
  // The UI API answers record write errors as one RecordError object.
  if (path.includes('/ui-api/records') && isObject(body) && body.enhancedErrorType === 'RecordError' && typeof body.message === 'string') return true;
  switch (partOf(path)) {
    case 'salesforce':
      return Array.isArray(body) && body.length > 0 && body.every((e) => isObject(e) && isText(e.errorCode) && typeof e.message === 'string');
    case 'servicenow':
      return isObject(body) && body.status === 'failure' && isObject(body.error) && typeof body.error.message === 'string' && 'detail' in body.error;
    case 'zendesk':
      return isObject(body) && isText(body.error) && (body.description === undefined || typeof body.description === 'string');
    case 'contactCenter':
      return isObject(body) && isText(body.error);
  }
}

/**
 * The only 5xx a vendor documents for a client's mistake: every SOAP API fault, a failed
 * `login` included, is an HTTP 500 (SOAP 1.1 §6.2; Salesforce's login call answers
 * INVALID_LOGIN this way).
 */
export function isDocumented5xx(path: string, answer: Answer): boolean {
  return path.startsWith('/services/Soap/') && answer.status === 500 && answer.text.includes('<soapenv:Fault>');
}

/** The status a part answers for missing or wrong credentials. */
export const UNAUTHORIZED: Record<Part, number> = { salesforce: 401, servicenow: 401, zendesk: 401, contactCenter: 401 };
