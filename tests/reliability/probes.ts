import type { Probe } from './client';
import { forgedCredentials, type Credentials } from './credentials';
import { CC, DATA_ROUTES, partOf, SF, SN, ZD, type Route } from './endpoints';
import { BAD_IDS, BROKEN_BODIES, deeplyNested, injection, QUERY_SHAPES, WRONG_CONTENT, wrongValues } from './generate';
import type { WriteTarget } from './targets';

/** A malformed request, the route it aims at, and whether it must be refused (4xx). */
export interface Case extends Probe {
  route: string;
  mustRefuse: boolean;
}

const jsonCase = (method: string, path: string, auth: Record<string, string>, body: string | Buffer, label: string, mustRefuse = true, type = 'application/json'): Case => ({
  method, path, label, route: `${method} ${path.split('?')[0]}`, mustRefuse,
  headers: { ...auth, 'content-type': type }, body,
});

const DEEP = '<deep>';

/** Every field of every write endpoint with each wrong value for its kind. */
export function wrongTypes(targets: WriteTarget[]): Case[] {
  return targets.flatMap((t) => [
    ...t.fields.flatMap((field) => wrongValues(field.kind).map((value) =>
      jsonCase(t.method, t.path, t.auth, JSON.stringify(t.body({ [field.name]: value })), `${field.name}=${JSON.stringify(value).slice(0, 40)}`, !t.batch),
    )),
    jsonCase(t.method, t.path, t.auth, JSON.stringify(t.body({ [t.fields[0].name]: DEEP })).replace(`"${DEEP}"`, `[${deeplyNested(20_000)}]`), 'deeply nested value', !t.batch),
  ]);
}

/** ServiceNow ignores fields a table lacks, so these bodies are an empty record to it, not malformed. */
const EMPTY_FOR_SERVICENOW = new Set(['', '{"__proto__":{"polluted":true}}']);

/** Broken JSON, non-object JSON and wrong content types on every write endpoint. */
export function brokenBodies(targets: WriteTarget[]): Case[] {
  const seen = new Set<string>();
  const unique = targets.filter((t) => !seen.has(`${t.method} ${t.path}`) && seen.add(`${t.method} ${t.path}`));
  return unique.flatMap((t) => [
    ...BROKEN_BODIES.filter((body) => partOf(t.path) !== 'servicenow' || !EMPTY_FOR_SERVICENOW.has(body)).map((body) => jsonCase(t.method, t.path, t.auth, body, `body ${JSON.stringify(body)}`, !t.batch)),
    ...WRONG_CONTENT.map(({ type, body, encoding }) => {
      const probe = jsonCase(t.method, t.path, t.auth, body, `content-type ${type} ${encoding ?? ''}`, !t.batch, type);
      return encoding ? { ...probe, headers: { ...probe.headers, 'content-encoding': encoding } } : probe;
    }),
  ]);
}

/** Bodies over each parser's limit (Salesforce 20 MB, ServiceNow 10 MB, Zendesk 5 MB, contact center 256 kB, forms 100 kB). */
export function hugeBodies(creds: Credentials): Case[] {
  const huge = (megabytes: number) => Buffer.from(`{"Name":"${'x'.repeat(Math.ceil(megabytes * 1024 * 1024))}"}`);
  return [
    jsonCase('POST', `${SF}/sobjects/Account`, creds.salesforce, huge(21), 'huge body'),
    jsonCase('POST', `${SF}/parameterizedSearch`, creds.salesforce, huge(1.1), 'huge body'),
    jsonCase('POST', '/services/oauth2/token', {}, `grant_type=password&username=${'x'.repeat(120_000)}`, 'huge form', true, 'application/x-www-form-urlencoded'),
    jsonCase('POST', '/services/Soap/u/62.0', {}, `<a>${'x'.repeat(120_000)}</a>`, 'huge envelope', true, 'text/xml'),
    jsonCase('POST', `${SN}/sn_customerservice_case`, creds.servicenow, huge(10.5), 'huge body'),
    jsonCase('POST', `${ZD}/tickets.json`, creds.zendesk, huge(5.5), 'huge body'),
    jsonCase('POST', `${CC}/calls`, creds.contactCenter, huge(0.3), 'huge body'),
  ];
}

const fill = (path: string, id: string) => path.replaceAll('{id}', id);
/** Lists, batch reads and deletes by `?ids=` answer 200 for ids they do not find. */
const mayFindNothing = (route: Route) => route.path.includes('?') || route.path.includes('/batch/');

/** Every route with an id in its path, with each bad id; the contact center as a plain agent. */
export function badIds(creds: Credentials): Case[] {
  return DATA_ROUTES.filter((r) => r.path.includes('{id}')).flatMap((route) =>
    BAD_IDS.map((id) => ({
      ...jsonCase(route.method, fill(route.path, id), creds[route.part], route.method === 'GET' ? '' : '{}', `id ${id.slice(0, 40)}`, !mayFindNothing(route)),
      route: `${route.method} ${route.path} id=${id.slice(0, 20)}`,
    })),
  );
}

/** Injection strings in SOQL, SOSL, encoded queries, Zendesk search and the card search. */
export function injections(creds: Credentials, random: () => number, perEndpoint: number): Case[] {
  const q = (x: string) => encodeURIComponent(x);
  const endpoints: [keyof typeof QUERY_SHAPES, Record<string, string>, (x: string) => string][] = [
    ['soql', creds.salesforce, (x) => `${SF}/query?q=${q(x)}`],
    ['soql', creds.salesforce, (x) => `${SF}/queryAll?q=${q(x)}`],
    ['sosl', creds.salesforce, (x) => `${SF}/search?q=${q(x)}`],
    ['plain', creds.salesforce, (x) => `${SF}/parameterizedSearch?q=${q(x)}&sobject=${q(x)}&Account.fields=${q(x)}`],
    ['encoded', creds.servicenow, (x) => `${SN}/sn_customerservice_case?sysparm_query=${q(x)}`],
    ['encoded', creds.servicenow, (x) => `${SN}/customer_contact?sysparm_query=${q(x)}&sysparm_fields=${q(x)}&sysparm_limit=${q(x)}&sysparm_offset=${q(x)}`],
    ['encoded', creds.servicenow, (x) => `/api/now/v2/table/interaction?sysparm_query=${q(x)}&sysparm_display_value=${q(x)}&account.name=${q(x)}`],
    ['zendesk', creds.zendesk, (x) => `${ZD}/search.json?query=${q(x)}`],
    ['zendesk', creds.zendesk, (x) => `${ZD}/search/count.json?query=${q(x)}&sort_by=${q(x)}`],
    ['plain', creds.zendesk, (x) => `${ZD}/users/search.json?query=${q(x)}&page=${q(x)}&per_page=${q(x)}`],
    ['plain', creds.zendesk, (x) => `${ZD}/incremental/tickets/cursor.json?start_time=${q(x)}&cursor=${q(x)}`],
    ['plain', creds.contactCenter, (x) => `${CC}/cards?q=${q(x)}`],
    ['plain', creds.admin, (x) => `${CC}/interactions?state=${q(x)}&agentId=${q(x)}`],
  ];
  const cases = endpoints.flatMap(([shape, auth, url]) =>
    Array.from({ length: perEndpoint }, () => {
      const text = QUERY_SHAPES[shape][Math.floor(random() * QUERY_SHAPES[shape].length)](injection(random));
      return { ...jsonCase('GET', url(text), auth, '', `${shape} ${text.slice(0, 60)}`, false), route: `GET ${url('').split('?')[0]}` };
    }),
  );
  const posted = Array.from({ length: perEndpoint }, () => jsonCase('POST', `${SF}/parameterizedSearch`, creds.salesforce, JSON.stringify({ q: injection(random), sobjects: [{ name: injection(random) }] }), 'parameterized search body', false));
  return [...cases, ...posted];
}

/** Every data route with no, random or forged credentials. */
export function forged(random: () => number): Case[] {
  return DATA_ROUTES.flatMap((route) =>
    forgedCredentials(random).map((auth) => jsonCase(route.method, fill(route.path, 'x1'), auth, route.method === 'GET' ? '' : '{}', `credentials ${JSON.stringify(auth).slice(0, 60)}`)),
  );
}

/** The sign-in endpoints themselves: broken SOAP envelopes, entity tricks, OAuth forms with forged clients. */
export function signInAbuse(): Case[] {
  const envelope = (inner: string) => `<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;
  const soap = [
    '', 'not xml', '<a>', envelope(''), envelope('<login><username>agent@customercard.example</username><password>wrong</password></login>'),
    envelope('<login><username>constructor</username><password></password></login>'), envelope('<login><username><a>1</a></username></login>'),
    envelope('<login/>'),
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${envelope('<login><username>&xxe;</username><password>x</password></login>')}`,
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${envelope('<login><username>&c;</username><password>x</password></login>')}`,
  ].map((body) => jsonCase('POST', '/services/Soap/u/62.0', {}, body, `soap ${body.slice(-80)}`, true, 'text/xml'));
  const forms = [
    '', 'grant_type=', 'grant_type=password', 'grant_type=password&client_id=customer-card-local&client_secret=emulator-secret&username=agent@customercard.example&password=wrong',
    'grant_type=client_credentials&client_id=constructor', 'grant_type=client_credentials&client_id=__proto__', 'grant_type=client_credentials&client_id=toString',
    'grant_type=password&client_id=constructor&username=constructor', 'grant_type=refresh_token&client_id=customer-card-local&refresh_token=constructor',
    'grant_type=refresh_token&client_id=hasOwnProperty&refresh_token=__proto__', 'grant_type[]=password&client_id[]=x', 'grant_type=%E0%A4%A',
  ].map((body) => jsonCase('POST', '/services/oauth2/token', {}, body, `oauth ${body}`, true, 'application/x-www-form-urlencoded'));
  const basic = (s: string) => ({ authorization: `Basic ${Buffer.from(s).toString('base64')}` });
  const clients = ['constructor:', '__proto__:', 'customer-card-local:wrong', '%E0%A4%A:x'].map((s) =>
    jsonCase('POST', '/services/oauth2/token', basic(s), 'grant_type=client_credentials', `oauth basic ${s}`, true, 'application/x-www-form-urlencoded'));
  return [...soap, ...forms, ...clients];
}
