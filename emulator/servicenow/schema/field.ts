/** Field types as ServiceNow's dictionary names them (internal_type). */
export type FieldType =
  | 'GUID'
  | 'string'
  | 'integer'
  | 'boolean'
  | 'glide_date_time'
  | 'reference'
  | 'choice'
  | 'journal_input'
  | 'email'
  | 'phone_number'
  | 'table_name'
  | 'document_id'
  | 'password2'
  | 'decimal';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  /** Target table of a reference field. */
  reference?: string;
  /** Enforced like a data policy: REST writes without it are refused. */
  mandatory?: boolean;
  choices?: Choice[];
  /** Longer strings are cut, as the database column does. */
  maxLength?: number;
  /** Filled on insert when the request leaves the field out. */
  defaultValue?: () => string;
}

export type SnRecord = Record<string, string>;

export interface TableDef {
  name: string;
  label: string;
  /** Field whose value stands for the record in references and display values. */
  displayField: string;
  /** Auto-numbering (sys_number): prefix and first number, padded to 7 digits. */
  numbering?: { prefix: string; start: number };
  fields: FieldDef[];
  /** Values the instance derives on every write (business rules), e.g. a full name. */
  derive?: (record: SnRecord) => SnRecord;
  /** Fields of the UI views (sysparm_view=desktop|mobile); a table without views shows every field. */
  views?: { desktop: string[]; mobile: string[] };
  /** The parent table (customer_contact extends sys_user): a reference to the parent may hold a child's sys_id. */
  extends?: string;
}

type Options = Omit<Partial<FieldDef>, 'name' | 'type'>;

/** "short_description" -> "Short description", as the dictionary labels fields by default. */
export function labelOf(name: string): string {
  const words = name.replace(/^u_/, '').split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const field = (type: FieldType) => (name: string, options: Options = {}): FieldDef => ({ name, label: labelOf(name), type, ...options });

export const text = field('string');
export const integer = field('integer');
export const boolean = field('boolean');
export const dateTime = field('glide_date_time');
export const email = field('email');
export const phone = field('phone_number');
export const journal = field('journal_input');
export const tableName = field('table_name');
export const documentId = field('document_id');
/** A one-way hashed password (sys_user.user_password): written in clear, stored hashed. */
export const password = field('password2');
export const decimal = field('decimal');

export function reference(name: string, target: string, options: Options = {}): FieldDef {
  return { name, label: labelOf(name), type: 'reference', reference: target, ...options };
}

export function choice(name: string, choices: [value: string, label: string][], options: Options = {}): FieldDef {
  return { name, label: labelOf(name), type: 'choice', choices: choices.map(([value, label]) => ({ value, label })), ...options };
}

/** Every table carries these; clients cannot write them. */
export const systemFields: FieldDef[] = [
  field('GUID')('sys_id', { label: 'Sys ID' }),
  dateTime('sys_created_on', { label: 'Created' }),
  text('sys_created_by', { label: 'Created by' }),
  dateTime('sys_updated_on', { label: 'Updated' }),
  text('sys_updated_by', { label: 'Updated by' }),
  integer('sys_mod_count', { label: 'Updates' }),
];
