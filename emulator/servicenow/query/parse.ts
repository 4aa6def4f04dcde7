import { TEXT_QUERY_FIELD } from './textSearch';

/**
 * Encoded queries (sysparm_query), as the Table API documents them:
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 * `^` joins conditions with AND, `^OR` joins a condition to the previous one with OR,
 * `^NQ` starts a new query whose rows are added, `ORDERBY`/`ORDERBYDESC` sort.
 * A literal `^` inside a value is written `^^`.
 */
export const OPERATORS = [
  'ISNOTEMPTY',
  'ISEMPTY',
  'NOT LIKE',
  'NOT IN',
  'STARTSWITH',
  'ENDSWITH',
  'LIKE',
  'IN',
  '!=',
  '<=',
  '>=',
  '=',
  '<',
  '>',
] as const;

export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  /** A column, or a dot-walked path through reference fields such as `consumer.last_name`. */
  field: string;
  operator: Operator;
  value: string;
  /** A `javascript:` value: never run, and the condition matches no row. */
  refused?: true;
}

/** Conditions joined by ^OR. */
export type Clause = Condition[];

export interface OrderBy {
  field: string;
  descending: boolean;
}

export interface EncodedQuery {
  /** Groups joined by ^NQ; inside a group, clauses joined by ^. */
  groups: Clause[][];
  orderBy: OrderBy[];
}

const ESCAPED_CARET = '\u0000';
const CONDITION = new RegExp(`^([a-z0-9_.]+?)(${OPERATORS.map((o) => o.replace(/[<>=!]/g, (c) => `\\${c}`)).join('|')})(.*)$`, 's');

export function parseEncodedQuery(text: string | undefined): EncodedQuery {
  const query: EncodedQuery = { groups: [], orderBy: [] };
  if (!text) return query;
  for (const groupText of text.replaceAll('^^', ESCAPED_CARET).split('^NQ')) {
    const group: Clause[] = [];
    for (const rawTerm of groupText.split('^')) {
      const term = rawTerm.replaceAll(ESCAPED_CARET, '^');
      if (term === '' || term === 'EQ') continue;
      if (term.startsWith('ORDERBYDESC')) query.orderBy.push({ field: term.slice(11), descending: true });
      else if (term.startsWith('ORDERBY')) query.orderBy.push({ field: term.slice(7), descending: false });
      else if (term.startsWith('OR') && group.length > 0) {
        const condition = parseCondition(term.slice(2));
        if (condition) group[group.length - 1].push(condition);
      } else {
        const condition = parseCondition(term);
        if (condition) group.push([condition]);
      }
    }
    query.groups.push(group);
  }
  return query;
}

/** A term that is not a condition (no known operator) is ignored, as the instance ignores invalid query parts. */
function parseCondition(term: string): Condition | undefined {
  // The keyword query: its "field" is a fixed marker and its value the words to search for.
  if (term.startsWith(`${TEXT_QUERY_FIELD}=`)) return { field: TEXT_QUERY_FIELD, operator: '=', value: term.slice(TEXT_QUERY_FIELD.length + 1) };
  const match = CONDITION.exec(term);
  if (!match) return undefined;
  const [, field, operator, value] = match;
  const condition: Condition = { field, operator: operator as Operator, value };
  if (/^\s*javascript\s*:/i.test(value)) condition.refused = true;
  return condition;
}
