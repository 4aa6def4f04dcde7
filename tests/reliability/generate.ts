/** Seeded malformed input: the same seed gives the same requests, so a failure can be replayed. */

/** mulberry32: a tiny, good-enough PRNG for picking test inputs (not for secrets). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** A field's JSON kind, as far as choosing a wrong value for it goes. */
export type Kind = 'text' | 'bounded' | 'number' | 'boolean' | 'date' | 'reference' | 'choice' | 'list' | 'object';
export interface Field {
  name: string;
  kind: Kind;
}

/** Nested `{"value": ...}` this deep, as JSON text: parsers accept it, recursive walkers may not. */
export const deeplyNested = (depth: number): string => `${'{"value":'.repeat(depth)}1${'}'.repeat(depth)}`;

/**
 * Values of the wrong JSON type for a kind. Text fields get no numbers or booleans: every
 * vendor documents those as converted to text, so they are not malformed. Only text with
 * a documented maximum length (`bounded`) gets an overlong string.
 */
const WRONG_BY_KIND: Record<Kind, unknown[]> = {
  text: [],
  bounded: ['x'.repeat(70_000)],
  number: ['NaN', '12abc', true, '1e309'],
  boolean: ['yes', 2, 'true '],
  date: ['not-a-date', '2024-13-45', 20240101, '9999-99-99T99:99:99Z'],
  reference: [12345, true, 'x', '001000000000000', '../../etc/passwd'],
  choice: ['Bogus value', 42, false],
  list: ['not-a-list', 42, { a: 1 }],
  object: [42, true, [1]],
};
const WRONG_FOR_ALL: unknown[] = [{}, [], { nested: [1, { deep: true }] }, [null], { __proto__: null, constructor: { prototype: { polluted: 1 } } }];

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects are the right type for an `object` field (unknown keys are ignored), so it gets none. */
export function wrongValues(kind: Kind): unknown[] {
  return [...WRONG_FOR_ALL.filter((v) => kind !== 'object' || !isPlainObject(v)), ...WRONG_BY_KIND[kind]];
}

/** Bodies that are not the JSON object an endpoint expects, as raw text. */
export const BROKEN_BODIES: string[] = [
  '', '{', '{"a":', "{'a':1}", '{"a":1,}', '[1,2', 'NaN', 'undefined', '\u0000', '{"a":"\\x"}', '<xml/>', 'a=b&c=d',
  '{"a":1}{"b":2}', '"\\ud800"', '{"__proto__":{"polluted":true}}', 'null', '42', '"text"', 'true', '[]', '[[[[]]]]',
];

/** Content types a JSON endpoint should refuse or ignore, each with a body that is malformed anyway. */
export const WRONG_CONTENT: { type: string; body: string; encoding?: string }[] = [
  { type: 'text/plain', body: 'Name=Acme' },
  { type: 'application/xml', body: '<Name>Acme</Name>' },
  { type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--' },
  { type: 'application/x-www-form-urlencoded', body: 'Name=Acme&subject=x' },
  { type: 'application/json; charset=utf-7', body: '{"a":1' },
  { type: 'application/json', body: 'not gzip at all', encoding: 'gzip' },
  { type: 'application/json', body: '{"a":1', encoding: 'compress' },
];

/**
 * Ids as sent in a path segment: wrong length, wrong prefix, unicode, traversal (raw and
 * encoded), NUL, broken percent-encoding, object property names, very long.
 */
export const BAD_IDS: string[] = [
  'x', '001x', '001000000000000AAA', 'ZZZ000000000000ZZZ', '500Dn000000XXXXXXX', '0', '-1', '99999999999999999999999', '1.5', '1e309',
  encodeURIComponent('𝔘𝔫𝔦𝔠𝔬𝔡𝔢'), encodeURIComponent('ä'.repeat(18)), encodeURIComponent('名前'),
  '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..', '%00', 'a%00b', '%E0%A4%A', '%',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'null', 'undefined', encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('<script>alert(1)</script>'), 'x'.repeat(4000),
];

/** Injection and malformed query text; `random` adds random splices of the same material. */
const INJECTIONS = [
  "' OR 1=1 --", "'", "''", '"', '\\', '\\\'', '(', ')', '((', '))', '}', '{', '{}', '} IN ALL FIELDS RETURNING Account', '%', '_', '*', '?',
  '; DROP TABLE users', '\u0000', '𝔘𝔫𝔦', 'javascript:gs.log(1)', '^NQ', '^OR', '^^', '=', '!=', 'LIKE', 'NOT IN (', ':', '$', '${}', '@{x.y}',
];

export function injection(random: () => number): string {
  const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, INJECTIONS));
  return parts.join(pick(random, ['', ' ', 'a', ' OR ', ',']));
}

/** SOQL, SOSL, encoded-query and Zendesk-search texts built around injections. */
export const QUERY_SHAPES: Record<'soql' | 'sosl' | 'encoded' | 'zendesk' | 'plain', ((x: string) => string)[]> = {
  soql: [
    (x) => `SELECT Id FROM Account WHERE Name = '${x}'`, (x) => `SELECT Id FROM Contact WHERE Phone LIKE '%${x}%'`,
    (x) => `SELECT ${x} FROM Account`, (x) => `SELECT Id FROM ${x}`, (x) => `SELECT Id FROM Account WHERE (Name = 'a' ${x}`,
    (x) => `SELECT Id, (SELECT Id FROM ${x}) FROM Account`, (x) => `SELECT Id FROM Account ORDER BY ${x} LIMIT ${x}`,
    (x) => `SELECT COUNT(Id) FROM Account GROUP BY ${x}`, (x) => x,
  ],
  sosl: [
    (x) => `FIND {${x}}`, (x) => `FIND {a} IN ${x} FIELDS`, (x) => `FIND {${x}} RETURNING Account(${x})`,
    (x) => `FIND {a}} ${x}`, (x) => `FIND ${x}`, (x) => `FIND {"${x}"} RETURNING Contact(Id WHERE Name = '${x}') LIMIT ${x}`,
  ],
  encoded: [
    (x) => `short_description=${x}`, (x) => `${x}^NQactive=true`, (x) => `javascript:${x}`, (x) => `numberSOUNDSLIKE${x}`,
    (x) => `account.primary_contact.account.primary_contact.account.name=${x}`, (x) => `ORDERBY${x}^ORDERBYDESC${x}`,
    (x) => `sys_idIN${x},${x}`, (x) => `short_descriptionLIKE${x}^ORnumberSTARTSWITH${x}`, (x) => x,
  ],
  zendesk: [
    (x) => `type:ticket ${x}`, (x) => `requester:${x}`, (x) => `status<${x} priority>${x}`, (x) => `"${x}`, (x) => `created>${x}`,
    (x) => `-${x} type:user`, (x) => `order_by:${x} sort:${x}`, (x) => x,
  ],
  plain: [(x) => x],
};
