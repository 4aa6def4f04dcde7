import type { Database } from '../data/database';
import { referencedRecord, resolvePath, walk, type ResolvedPath } from '../query/path';
import { findTable, mustTable, type FieldDef, type SnRecord } from '../schema';
import { journalHistory } from './journal';
import { toZone } from './timeZone';

export type DisplayValueMode = 'false' | 'true' | 'all';

export interface RenderOptions {
  displayValue: DisplayValueMode;
  excludeReferenceLink: boolean;
  /** sysparm_fields, dot-walks allowed; names the table lacks are ignored. Empty: every field. */
  fields: string[];
  /** Protocol and host the request came in on, for reference links. */
  origin: string;
  /** The requesting user's time zone, for display values of date-times (default UTC). */
  timeZone?: string;
  /** sysparm_view: the view's fields when sysparm_fields names none. */
  view?: 'desktop' | 'mobile' | 'both';
  /** Field-level read ACLs: a field the user may not read is left out. */
  readable?: (table: string, field: string) => boolean;
}

/**
 * A record as the Table API answers it. A filled reference is `{link, value}` (false),
 * `{display_value, link}` (true) or `{display_value, value, link}` (all); an empty one is "".
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
export function renderRecord(db: Database, tableName: string, record: SnRecord, options: RenderOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of pathsFor(tableName, options)) {
    const owner = path.steps.length > 0 ? path.steps[path.steps.length - 1].reference! : tableName;
    if (options.readable && !options.readable(owner, path.field.name)) continue;
    out[name] = renderField(db, tableName, record, path, options);
  }
  return out;
}

function pathsFor(tableName: string, options: RenderOptions): [string, ResolvedPath][] {
  const table = mustTable(tableName);
  let fields = options.fields;
  if (fields.length === 0 && options.view && table.views) {
    fields = options.view === 'both' ? [...new Set([...table.views.desktop, ...table.views.mobile])] : table.views[options.view];
  }
  if (fields.length === 0) return table.fields.map((field) => [field.name, { steps: [], field }]);
  return fields.map((name) => [name, resolvePath(tableName, name)] as const).filter((p): p is [string, ResolvedPath] => p[1] !== undefined);
}

function renderField(db: Database, tableName: string, record: SnRecord, path: ResolvedPath, options: RenderOptions): unknown {
  const owner = walk(db, record, path.steps);
  const ownerTable = path.steps.length > 0 ? path.steps[path.steps.length - 1].reference! : tableName;
  const { field } = path;
  const value = owner?.[field.name] ?? '';
  const display = () => (owner ? displayOf(db, ownerTable, owner, field, value, options.timeZone) : '');
  const link = field.type === 'reference' && value !== '' && !options.excludeReferenceLink ? `${options.origin}/api/now/table/${field.reference}/${value}` : undefined;

  if (options.displayValue === 'all') return link ? { display_value: display(), value, link } : { display_value: display(), value };
  const shown = options.displayValue === 'true' ? display() : value;
  if (!link) return shown;
  return options.displayValue === 'true' ? { display_value: shown, link } : { link, value };
}

/** What the instance shows for a stored value: a choice's label, a referenced record's display field, a journal's history. */
export function displayOf(db: Database, tableName: string, record: SnRecord, field: FieldDef, value: string, timeZone = 'UTC'): string {
  switch (field.type) {
    case 'glide_date_time':
      return toZone(value, timeZone);
    // A value with no choice entry shows as itself (in blue on a form):
    // https://www.servicenow.com/community/developer-articles/why-is-my-choice-field-showing-in-blue-real-causes-real-fixes/ta-p/3566834
    case 'choice':
      return field.choices?.find((c) => c.value === value)?.label ?? value;
    // A reference to a missing record (stored as given) has an empty display value.
    case 'reference': {
      const target = findTable(field.reference!);
      return (value && target && referencedRecord(db, target.name, value)?.[target.displayField]) || '';
    }
    // A document ID shows the record it names, in the table its companion table-name field holds.
    case 'document_id': {
      const target = findTable(record.document_table ?? '');
      return (value && target && referencedRecord(db, target.name, value)?.[target.displayField]) || value;
    }
    case 'journal_input':
      return journalHistory(db, tableName, record.sys_id, field.name, timeZone);
    default:
      return value;
  }
}
