/**
 * A parser for the part of Salesforce's formula language that validation rules commonly use:
 * literals, field references (`AnnualRevenue`, `Account.Name`, `RecordType.DeveloperName`,
 * `$RecordType.Name`), `&& || ! & + - * /`, the comparisons `= == != <> < > <= >=`, and the
 * functions listed in FUNCTIONS. Precedence follows the formula operator reference.
 * https://developer.salesforce.com/docs/atlas.en-us.usefulFormulaFields.meta/usefulFormulaFields/customize_functions.htm
 * Formulas are parsed once when the metadata loads; nothing here ever evaluates text as code.
 */
export type Formula =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'field'; path: string[] }
  | { kind: 'call'; name: string; args: Formula[]; pattern?: RegExp }
  | { kind: 'binary'; op: string; left: Formula; right: Formula }
  | { kind: 'not'; arg: Formula }
  | { kind: 'negate'; arg: Formula };

/** Function name -> [fewest, most] arguments. */
export const FUNCTIONS: Record<string, [number, number]> = {
  AND: [1, 99], OR: [1, 99], NOT: [1, 1], IF: [3, 3], ISBLANK: [1, 1], ISNULL: [1, 1], ISPICKVAL: [2, 2], TEXT: [1, 1],
  LEN: [1, 1], REGEX: [2, 2], BEGINS: [2, 2], CONTAINS: [2, 2], ISNEW: [0, 0], ISCHANGED: [1, 1], PRIORVALUE: [1, 1],
  LOWER: [1, 1], UPPER: [1, 1], TRIM: [1, 1],
};

type Token = { type: 'number' | 'string' | 'name' | 'op'; text: string; at: number };

export class FormulaSyntaxError extends Error {}

const OPERATORS = ['&&', '||', '==', '!=', '<>', '<=', '>=', '=', '<', '>', '!', '&', '+', '-', '*', '/', '(', ')', ','];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new FormulaSyntaxError(`unterminated comment at ${i}`);
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let text = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        text += source[j];
      }
      if (j >= source.length) throw new FormulaSyntaxError(`unterminated string at ${i}`);
      tokens.push({ type: 'string', text, at: i });
      i = j + 1;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(source.slice(i, i + 40));
    if (number) { tokens.push({ type: 'number', text: number[0], at: i }); i += number[0].length; continue; }
    const name = /^\$?[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/.exec(source.slice(i, i + 300));
    if (name) { tokens.push({ type: 'name', text: name[0], at: i }); i += name[0].length; continue; }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new FormulaSyntaxError(`unexpected character '${c}' at ${i}`);
    tokens.push({ type: 'op', text: op, at: i });
    i += op.length;
  }
  return tokens;
}

export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (...ops: string[]) => peek()?.type === 'op' && ops.includes(peek().text);
  const expect = (op: string) => {
    if (!isOp(op)) throw new FormulaSyntaxError(`expected '${op}' at ${peek()?.at ?? source.length}`);
    pos++;
  };
  const binaryLevel = (ops: string[], next: () => Formula) => (): Formula => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[pos++].text;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Formula => {
    const token = tokens[pos++];
    if (!token) throw new FormulaSyntaxError('unexpected end of formula');
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'string') return { kind: 'literal', value: token.text };
    if (token.type === 'op' && token.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token.type === 'op' && (token.text === '!' || token.text === '-')) {
      const arg = primary();
      return token.text === '!' ? { kind: 'not', arg } : { kind: 'negate', arg };
    }
    if (token.type !== 'name') throw new FormulaSyntaxError(`unexpected '${token.text}' at ${token.at}`);
    const upper = token.text.toUpperCase();
    if (isOp('(')) return call(upper, token);
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
    if (upper === 'NULL') return { kind: 'literal', value: null };
    return { kind: 'field', path: token.text.replace(/^\$/, '').split('.') };
  };
  const call = (name: string, token: Token): Formula => {
    const arity = FUNCTIONS[name];
    if (!arity) throw new FormulaSyntaxError(`Unknown function ${name} at ${token.at}`);
    expect('(');
    const args: Formula[] = [];
    if (!isOp(')')) {
      args.push(or());
      while (isOp(',')) { pos++; args.push(or()); }
    }
    expect(')');
    if (args.length < arity[0] || args.length > arity[1]) throw new FormulaSyntaxError(`Incorrect number of parameters for function '${name}()'`);
    const node: Formula = { kind: 'call', name, args };
    if (name === 'REGEX') {
      const pattern = args[1];
      if (pattern.kind !== 'literal' || typeof pattern.value !== 'string') throw new FormulaSyntaxError('REGEX needs a text literal pattern');
      // Java's matches(): the whole text must match. The pattern comes from metadata, never from a request.
      node.pattern = new RegExp(`^(?:${pattern.value})$`, 'u');
    }
    return node;
  };
  const multiplicative = binaryLevel(['*', '/'], primary);
  const additive = binaryLevel(['+', '-'], multiplicative);
  const concat = binaryLevel(['&'], additive);
  const comparison = binaryLevel(['=', '==', '!=', '<>', '<', '>', '<=', '>='], concat);
  const and = binaryLevel(['&&'], comparison);
  const or = binaryLevel(['||'], and);
  const formula = or();
  if (pos < tokens.length) throw new FormulaSyntaxError(`unexpected '${tokens[pos].text}' at ${tokens[pos].at}`);
  return formula;
}

/** Every field path a formula reads, for checking them against the schema on load. */
export function fieldPaths(formula: Formula): string[][] {
  switch (formula.kind) {
    case 'field': return [formula.path];
    case 'call': return formula.args.flatMap(fieldPaths);
    case 'binary': return [...fieldPaths(formula.left), ...fieldPaths(formula.right)];
    case 'not': case 'negate': return fieldPaths(formula.arg);
    default: return [];
  }
}
