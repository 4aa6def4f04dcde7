import { csmTables } from './csm';
import { dictionaryTables } from './dictionary';
import { systemFields, type FieldDef, type TableDef } from './field';
import { platformTables } from './platform';
import { stagingTables } from './staging';
import { systemTables } from './system';

export * from './field';
export { READ_ONLY_TABLES } from './dictionary';

export interface Table extends TableDef {
  /** Every field by name, system fields included. */
  byName: Map<string, FieldDef>;
}

const tables = new Map<string, Table>(
  [...csmTables, ...platformTables, ...systemTables, ...stagingTables, ...dictionaryTables].map((def) => {
    const fields = [...def.fields, ...systemFields];
    return [def.name, { ...def, fields, byName: new Map(fields.map((f) => [f.name, f])) }];
  }),
);

export const tableNames = (): string[] => [...tables.keys()];

/** Every table, system fields included, in the order the schema declares them. */
export const allTables = (): Table[] => [...tables.values()];

export function findTable(name: string): Table | undefined {
  return tables.get(name);
}

export function mustTable(name: string): Table {
  const table = tables.get(name);
  if (!table) throw new Error(`unknown ServiceNow table ${name}`);
  return table;
}

/** A table and the tables extending it: the rows a reference to it may point at. */
export function tableFamily(name: string): string[] {
  return [name, ...[...tables.values()].filter((t) => t.extends === name).map((t) => t.name)];
}
