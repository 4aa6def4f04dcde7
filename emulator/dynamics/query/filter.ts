import { ODataError } from '../http/errors';
import { syntaxError, tokenize, type Token } from './lexer';

/**
 * `$filter` parsed into a tree: comparison and logical operators, grouping, and the
 * string functions Dataverse supports (contains, startswith, endswith). Precedence as
 * OData defines it: not, then comparisons, then and, then or.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
 */
export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'contains' | 'startswith' | 'endswith';

export type LiteralType = 'string' | 'int' | 'decimal' | 'boolean' | 'null' | 'guid' | 'datetime';

export type Operand =
  | { type: 'property'; name: string; position: number }
  | { type: 'literal'; literal: LiteralType; value: string | number | boolean | null; position: number };

export type FilterNode =
  | { type: 'compare'; op: Comparison; left: Operand; right: Operand }
  | { type: 'function'; name: StringFunction; property: Operand; argument: Operand }
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode };

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['contains', 'startswith', 'endswith']);
/** ODataLib refuses expressions nested deeper than its recursion limit. */
export const MAX_DEPTH = 100;

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let at = 0;
  let depth = 0;
  const peek = (): Token => tokens[at];
  const isName = (word: string) => peek().kind === 'name' && (peek() as { text: string }).text === word;
  const expect = (kind: Token['kind'], message: () => ODataError) => {
    if (peek().kind !== kind) throw message();
    return tokens[at++];
  };

  function or(): FilterNode {
    let node = and();
    while (isName('or')) {
      at++;
      node = { type: 'or', left: node, right: and() };
    }
    return node;
  }

  function and(): FilterNode {
    let node = unary();
    while (isName('and')) {
      at++;
      node = { type: 'and', left: node, right: unary() };
    }
    return node;
  }

  function unary(): FilterNode {
    if (++depth > MAX_DEPTH) throw ODataError.badQuery('The recursion limit has been exceeded.');
    try {
      if (isName('not')) {
        at++;
        return { type: 'not', operand: unary() };
      }
      return primary();
    } finally {
      depth--;
    }
  }

  function primary(): FilterNode {
    const token = peek();
    if (token.kind === '(') {
      at++;
      const node = or();
      expect(')', () => ODataError.badQuery(`')' or operator expected at position ${peek().position} in '${text}'.`));
      return node;
    }
    if (token.kind === 'name' && tokens[at + 1].kind === '(') {
      if (!FUNCTIONS.has(token.text)) {
        throw ODataError.badQuery(`An unknown function with name '${token.text}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`);
      }
      at += 2;
      const property = operand();
      expect(',', () => ODataError.badQuery(`')' or ',' expected at position ${peek().position} in '${text}'.`));
      const argument = operand();
      expect(')', () => ODataError.badQuery(`')' or ',' expected at position ${peek().position} in '${text}'.`));
      return { type: 'function', name: token.text as StringFunction, property, argument };
    }
    const left = operand();
    const next = peek();
    if (next.kind === 'name' && COMPARISONS.has(next.text)) {
      at++;
      return { type: 'compare', op: next.text as Comparison, left, right: operand() };
    }
    // A bare Boolean property or literal stands for itself: `$filter=donotphone`.
    return { type: 'compare', op: 'eq', left, right: { type: 'literal', literal: 'boolean', value: true, position: left.position } };
  }

  function operand(): Operand {
    const token = tokens[at];
    switch (token.kind) {
      case 'string':
        at++;
        return { type: 'literal', literal: 'string', value: token.value, position: token.position };
      case 'number':
        at++;
        return { type: 'literal', literal: token.integer ? 'int' : 'decimal', value: token.value, position: token.position };
      case 'guid':
      case 'datetime':
        at++;
        return { type: 'literal', literal: token.kind, value: token.value, position: token.position };
      case 'name':
        at++;
        if (token.text === 'null') return { type: 'literal', literal: 'null', value: null, position: token.position };
        if (token.text === 'true' || token.text === 'false') return { type: 'literal', literal: 'boolean', value: token.text === 'true', position: token.position };
        return { type: 'property', name: token.text, position: token.position };
      case 'end':
        throw ODataError.badQuery(`Expression expected at position ${token.position} in '${text}'.`);
      default:
        throw syntaxError(token.position, text);
    }
  }

  const tree = or();
  if (peek().kind !== 'end') throw syntaxError(peek().position, text);
  return tree;
}
