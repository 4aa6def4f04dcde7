import type { Database } from '../data/database';
import { digitsOf } from '../data/indexes';
import type { FieldDef } from '../schema';
import type { BoundClause, BoundCondition } from './match';

/**
 * Picks the rows worth testing for one ^NQ group from the in-memory indexes; undefined
 * means "scan the table". Candidates are a superset: every row is still tested in full.
 */
export function candidatesFor(db: Database, table: string, group: BoundClause[]): ReadonlySet<string> | undefined {
  const sets: ReadonlySet<string>[] = [];
  for (const clause of group) {
    const union = unionOf(clause.map((condition) => conditionCandidates(db, table, condition)));
    if (union) sets.push(union);
  }
  if (sets.length === 0) return undefined;
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  const result = new Set<string>();
  for (const id of smallest) if (others.every((set) => set.has(id))) result.add(id);
  return result;
}

function unionOf(sets: (ReadonlySet<string> | undefined)[]): ReadonlySet<string> | undefined {
  if (sets.some((s) => s === undefined)) return undefined;
  if (sets.length === 1) return sets[0];
  const result = new Set<string>();
  for (const set of sets) for (const id of set!) result.add(id);
  return result;
}

function conditionCandidates(db: Database, table: string, condition: BoundCondition): ReadonlySet<string> | undefined {
  if (condition.refused) return new Set();
  if (condition.text) return undefined;
  const { steps, field } = condition.path;
  const tables = [table, ...steps.map((s) => s.reference!)];
  let ids = lastStepCandidates(db, tables[tables.length - 1], field, condition);
  // Walk back through the references: rows of the previous table pointing at these ids.
  for (let i = steps.length - 1; i >= 0 && ids; i--) {
    const pointing = new Set<string>();
    for (const id of ids) for (const from of db.lookup(tables[i], steps[i].name, id)) pointing.add(from);
    ids = pointing;
  }
  return ids;
}

function lastStepCandidates(db: Database, table: string, field: FieldDef, condition: BoundCondition): ReadonlySet<string> | undefined {
  if (field.type === 'journal_input') return undefined;
  const { operator, value } = condition;
  if (field.type === 'phone_number') {
    const digits = digitsOf(value);
    if (operator === '=' && digits) return db.phoneLookup(table, field.name, 'digits', digits);
    if (operator === 'ENDSWITH' && digits.length >= 10) return db.phoneLookup(table, field.name, 'last10', digits.slice(-10));
  }
  if (operator === '=' && value !== '') return db.lookup(table, field.name, value);
  // The phone lookup asks STARTSWITH in every typed format on every phone field, on each call.
  if (operator === 'STARTSWITH' && value !== '') return db.startingWith(table, field.name, value);
  if (operator === 'IN') return unionOf(value.split(',').map((v) => db.lookup(table, field.name, v)));
  return undefined;
}
