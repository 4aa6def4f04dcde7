import type { Formula } from './validateFormulaParse';

export type FormulaValue = string | number | boolean | null;

/** What a formula reads: a field path of the record being saved, or of the record before the change. */
export interface FormulaContext {
  read(path: string[]): FormulaValue;
  prior(path: string[]): FormulaValue;
  isNew: boolean;
}

/** Blank text and null are the same to formulas ("Treat blank fields as blanks"). */
const blank = (v: FormulaValue) => v === null || v === '';
const text = (v: FormulaValue) => (v === null ? '' : String(v));
const truthy = (v: FormulaValue) => v === true;

function compare(op: string, left: FormulaValue, right: FormulaValue): boolean {
  if (op === '=' || op === '==') return blank(left) && blank(right) ? true : left === right || (typeof left !== typeof right && text(left) === text(right));
  if (op === '!=' || op === '<>') return !compare('=', left, right);
  if (left === null || right === null) return false;
  switch (op) {
    case '<': return left < right;
    case '>': return left > right;
    case '<=': return left <= right;
    default: return left >= right;
  }
}

function arithmetic(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (op === '&') return text(left) + text(right);
  if (typeof left !== 'number' || typeof right !== 'number') return null;
  switch (op) {
    case '+': return left + right;
    case '-': return left - right;
    case '*': return left * right;
    default: return right === 0 ? null : left / right;
  }
}

export function evaluate(formula: Formula, context: FormulaContext): FormulaValue {
  const run = (f: Formula) => evaluate(f, context);
  switch (formula.kind) {
    case 'literal': return formula.value;
    case 'field': return context.read(formula.path);
    case 'not': return !truthy(run(formula.arg));
    case 'negate': { const v = run(formula.arg); return typeof v === 'number' ? -v : null; }
    case 'binary':
      if (formula.op === '&&') return truthy(run(formula.left)) && truthy(run(formula.right));
      if (formula.op === '||') return truthy(run(formula.left)) || truthy(run(formula.right));
      if (['&', '+', '-', '*', '/'].includes(formula.op)) return arithmetic(formula.op, run(formula.left), run(formula.right));
      return compare(formula.op, run(formula.left), run(formula.right));
    case 'call': return call(formula, context, run);
  }
}

function call(formula: Extract<Formula, { kind: 'call' }>, context: FormulaContext, run: (f: Formula) => FormulaValue): FormulaValue {
  const [a, b, c] = formula.args;
  const path = (f: Formula) => (f.kind === 'field' ? f.path : undefined);
  switch (formula.name) {
    case 'AND': return formula.args.every((f) => truthy(run(f)));
    case 'OR': return formula.args.some((f) => truthy(run(f)));
    case 'NOT': return !truthy(run(a));
    case 'IF': return truthy(run(a)) ? run(b) : run(c);
    case 'ISBLANK': case 'ISNULL': return blank(run(a));
    case 'ISPICKVAL': return text(run(a)) === text(run(b));
    case 'TEXT': return text(run(a));
    case 'LEN': return [...text(run(a))].length;
    case 'REGEX': return formula.pattern!.test(text(run(a)));
    case 'BEGINS': return text(run(a)).startsWith(text(run(b)));
    case 'CONTAINS': return text(run(a)).includes(text(run(b)));
    case 'LOWER': return text(run(a)).toLowerCase();
    case 'UPPER': return text(run(a)).toUpperCase();
    case 'TRIM': return text(run(a)).trim();
    case 'ISNEW': return context.isNew;
    case 'ISCHANGED': { const p = path(a); return !context.isNew && p !== undefined && !compare('=', context.read(p), context.prior(p)); }
    case 'PRIORVALUE': { const p = path(a); return p ? context.prior(p) : null; }
    default: return null;
  }
}
