import { malformed, SfQueryError } from '../errors';

export type SearchGroup = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE';

/** One `Object(fields WHERE ... ORDER BY ... LIMIT n)` of RETURNING, kept as SOQL text. */
export interface ReturningSpec {
  objectName: string;
  /** `SELECT fields FROM Object ...`, so the SOQL engine filters, sorts and limits. */
  soql: string;
}

export interface SoslQuery {
  term: string;
  group: SearchGroup;
  returning: ReturningSpec[];
  limit: number;
}

const code = 'MALFORMED_SEARCH';

/**
 * SOSL has no maintained JavaScript parser; the grammar outside the RETURNING field lists
 * is small, and those lists are handed to the SOQL parser.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_syntax.htm
 */
export function parseSosl(statement: string): SoslQuery {
  const start = /^\s*FIND\s*\{/i.exec(statement);
  if (!start) throw new SfQueryError(code, 'No search term found. The search term must be enclosed in braces.');
  let at = start[0].length;
  let term = '';
  // Escapes stay in the term: the term parser needs to know which characters are literal.
  for (; at < statement.length && statement[at] !== '}'; at++) {
    if (statement[at] === '\\' && at + 1 < statement.length) term += statement[at++];
    term += statement[at];
  }
  if (at >= statement.length) throw new SfQueryError(code, 'No search term found. The search term must be enclosed in braces.');
  if (term.replace(/\\(.)/g, '$1').replace(/[\s*?"()]/g, '').length < 2) throw new SfQueryError(code, 'search term must be longer than one character');
  let rest = statement.slice(at + 1).trim();
  let group: SearchGroup = 'ALL';
  const inClause = /^IN\s+(ALL|NAME|EMAIL|PHONE|SIDEBAR)\s+FIELDS\b/i.exec(rest);
  if (inClause) {
    const named = inClause[1].toUpperCase();
    group = named === 'SIDEBAR' ? 'ALL' : (named as SearchGroup);
    rest = rest.slice(inClause[0].length).trim();
  }
  const returning: ReturningSpec[] = [];
  const returningClause = /^RETURNING\s+/i.exec(rest);
  if (returningClause) {
    rest = rest.slice(returningClause[0].length);
    for (;;) {
      const spec = readSpec(rest, statement);
      returning.push(spec.spec);
      rest = spec.rest.trim();
      if (!rest.startsWith(',')) break;
      rest = rest.slice(1).trim();
    }
  }
  let limit = 2000;
  const limitClause = /^LIMIT\s+(\d+)\s*$/i.exec(rest);
  if (limitClause) {
    limit = Math.min(2000, Number(limitClause[1]));
    rest = '';
  }
  if (rest) throw malformed(statement, rest.split(/\s+/)[0], code);
  return { term: term.trim(), group, returning, limit };
}

function readSpec(text: string, statement: string): { spec: ReturningSpec; rest: string } {
  const name = /^([A-Za-z][A-Za-z0-9_]*)\s*/.exec(text);
  if (!name) throw malformed(statement, text.trim().split(/\s+/)[0] || undefined, code);
  let rest = text.slice(name[0].length);
  if (!rest.startsWith('(')) return { spec: { objectName: name[1], soql: `SELECT Id FROM ${name[1]}` }, rest };
  const close = closingParen(rest);
  if (close < 0) throw malformed(statement, undefined, code);
  const inside = rest.slice(1, close);
  rest = rest.slice(close + 1);
  const clause = /\s(WHERE|ORDER\s+BY|LIMIT|OFFSET)\s/i.exec(` ${inside} `);
  const fields = clause ? inside.slice(0, clause.index) : inside;
  const tail = clause ? inside.slice(clause.index) : '';
  return { spec: { objectName: name[1], soql: `SELECT ${fields.trim()} FROM ${name[1]} ${tail}`.trim() }, rest };
}

/** Index of the parenthesis closing the one at 0, skipping quoted strings; -1 if unbalanced. */
function closingParen(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
