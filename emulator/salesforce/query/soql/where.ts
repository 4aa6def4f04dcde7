import type { QuerySource, SfRecord, SObjectSchema } from '../../model/types';
import { malformed } from '../errors';
import { compileCondition, type Operator, type Reader } from './condition';
import { resolvePath, type FieldPath } from './paths';
import { toOperand, type Operand } from './values';

/** soql-parser-js gives WHERE as a right-leaning chain with parenthesis counts; this is the tree. */
type Node =
  | { kind: 'condition'; raw: RawCondition }
  | { kind: 'not'; inner: Node }
  | { kind: 'and' | 'or'; parts: Node[] };

interface RawCondition {
  field?: string;
  fn?: { rawValue?: string };
  operator: string;
  value?: string | string[];
  literalType?: string | string[];
  valueQuery?: unknown;
  openParen?: number;
  closeParen?: number;
}

interface ChainLink {
  left: (RawCondition | { openParen?: number }) | null;
  operator?: string;
  right?: ChainLink;
}

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | RawCondition;

function tokens(chain: ChainLink): Token[] {
  const out: Token[] = [];
  for (let link: ChainLink | undefined = chain; link; link = link.right) {
    const left = link.left;
    if (left && 'operator' in left) {
      out.push(...Array<Token>(left.openParen ?? 0).fill('('), left, ...Array<Token>(left.closeParen ?? 0).fill(')'));
    } else if (left) out.push(...Array<Token>(left.openParen ?? 0).fill('('));
    if (link.operator === 'AND' || link.operator === 'OR' || link.operator === 'NOT') out.push(link.operator);
  }
  return out;
}

/** Rebuilds the boolean tree; SOQL refuses AND and OR mixed without parentheses. */
export function whereTree(chain: unknown, statement: string): Node {
  const list = tokens(chain as ChainLink);
  let at = 0;
  const unary = (): Node => {
    const token = list[at++];
    if (token === 'NOT') return { kind: 'not', inner: unary() };
    if (token === '(') {
      const inner = expression();
      if (list[at++] !== ')') throw malformed(statement, undefined);
      return inner;
    }
    if (token && typeof token === 'object') return { kind: 'condition', raw: token };
    throw malformed(statement, typeof token === 'string' ? token : undefined);
  };
  const expression = (): Node => {
    const first = unary();
    const joiner = list[at];
    if (joiner !== 'AND' && joiner !== 'OR') return first;
    const parts = [first];
    while (list[at] === 'AND' || list[at] === 'OR') {
      if (list[at] !== joiner) throw malformed(statement, list[at] as string);
      at++;
      parts.push(unary());
    }
    return { kind: joiner === 'AND' ? 'and' : 'or', parts };
  };
  const tree = expression();
  if (at !== list.length) throw malformed(statement, typeof list[at] === 'string' ? (list[at] as string) : undefined);
  return tree;
}

export interface WhereContext {
  source: QuerySource;
  schema: SObjectSchema;
  statement: string;
  alias?: string;
  now: Date;
  read: Reader;
  /** Values of the single field a semi-join subquery selects. */
  semiJoin(query: unknown): Set<string>;
}

export type Predicate = (record: SfRecord) => boolean;

export function compileWhere(node: Node, context: WhereContext): Predicate {
  if (node.kind === 'condition') return compileLeaf(node.raw, context);
  if (node.kind === 'not') {
    const inner = compileWhere(node.inner, context);
    return (r) => !inner(r);
  }
  const parts = node.parts.map((p) => compileWhere(p, context));
  return node.kind === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
}

function compileLeaf(raw: RawCondition, context: WhereContext): Predicate {
  const { statement } = context;
  if (!raw.field) throw malformed(statement, raw.fn?.rawValue);
  const path = resolvePath(context.source, context.schema, raw.field, statement, context.alias);
  const operator = raw.operator.toUpperCase() as Operator;
  if (raw.valueQuery) {
    const ids = context.semiJoin(raw.valueQuery);
    const keys = new Set([...ids].map((id) => id.slice(0, 15)));
    const inside = (r: SfRecord) => { const v = context.read(r, path); return typeof v === 'string' && keys.has(v.slice(0, 15)); };
    return operator === 'NOT IN' ? (r) => !inside(r) : inside;
  }
  return compileCondition(path, operator, operandsOf(raw, context), statement, context.read);
}

function operandsOf(raw: RawCondition, context: WhereContext): Operand[] {
  const values = Array.isArray(raw.value) ? raw.value : [raw.value ?? ''];
  return values.map((value, i) => {
    const type = Array.isArray(raw.literalType) ? raw.literalType[i] : raw.literalType;
    const operand = toOperand(value, type, context.now);
    if (!operand) throw malformed(context.statement, value);
    return operand;
  });
}

/** Top-level `field = literal` conjuncts: the ones an index can answer. */
export function indexableEqualities(node: Node, schema: SObjectSchema, source: QuerySource, statement: string, alias?: string): { path: FieldPath; value: string | number | boolean }[] {
  const conjuncts = node.kind === 'and' ? node.parts : [node];
  const found: { path: FieldPath; value: string | number | boolean }[] = [];
  for (const part of conjuncts) {
    if (part.kind !== 'condition' || part.raw.operator !== '=' || !part.raw.field || Array.isArray(part.raw.value)) continue;
    const path = resolvePath(source, schema, part.raw.field, statement, alias);
    if (path.steps.length) continue;
    const operand = toOperand(part.raw.value ?? '', part.raw.literalType as string, new Date());
    if (operand?.kind === 'string' || operand?.kind === 'number' || operand?.kind === 'boolean') found.push({ path, value: operand.value });
  }
  return found;
}
