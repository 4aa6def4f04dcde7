import { SnError } from '../errors';
import { dictionaryTables } from '../schema/dictionary';

/**
 * Access control as data: which roles may do what on each table, and on a few fields. As
 * on an instance, `admin` passes every rule and anything no rule grants is denied.
 * https://www.servicenow.com/docs/r/platform-security/access-control/access-control-rules.html
 */
export type Operation = 'read' | 'create' | 'write' | 'delete';

interface Rule {
  table: string;
  /** A field rule narrows a table rule; without it the rule is the table's. */
  field?: string;
  operations: Operation[];
  roles: string[];
}

const AGENT = ['itil', 'sn_customerservice_agent'];
const READ_WRITE: Operation[] = ['read', 'create', 'write'];

export const RULES: Rule[] = [
  { table: 'sn_customerservice_case', operations: READ_WRITE, roles: AGENT },
  { table: 'csm_consumer', operations: READ_WRITE, roles: AGENT },
  { table: 'csm_household', operations: READ_WRITE, roles: AGENT },
  { table: 'customer_contact', operations: READ_WRITE, roles: AGENT },
  { table: 'customer_account', operations: ['read'], roles: AGENT },
  { table: 'interaction', operations: READ_WRITE, roles: AGENT },
  // Unlinking a record from an interaction deletes its related-record row.
  { table: 'interaction_related_record', operations: [...READ_WRITE, 'delete'], roles: AGENT },
  { table: 'sys_journal_field', operations: ['read'], roles: AGENT },
  { table: 'sys_user', operations: ['read'], roles: AGENT },
  { table: 'sys_user', field: 'user_password', operations: ['read', 'write'], roles: [] },
  { table: 'sys_user_role', operations: ['read'], roles: AGENT },
  { table: 'sys_user_has_role', operations: ['read'], roles: AGENT },
  // Attachments also need the right on the record they belong to (checked by the Attachment API).
  { table: 'sys_attachment', operations: ['read', 'create', 'delete'], roles: AGENT },
  { table: 'u_consumer_import', operations: ['read', 'create'], roles: ['import_transformer'] },
  { table: 'u_case_import', operations: ['read', 'create'], roles: ['import_transformer'] },
  { table: 'sys_import_set', operations: ['read'], roles: ['import_transformer'] },
  // The schema: any signed-in role may read it (forms and clients learn fields and choices from it).
  ...dictionaryTables.map(({ name: table }): Rule => ({ table, operations: ['read'], roles: [...AGENT, 'import_transformer'] })),
];

const granted = (rule: Rule | undefined, roles: ReadonlySet<string>, operation: Operation) =>
  rule !== undefined && rule.operations.includes(operation) && rule.roles.some((role) => roles.has(role));

export function canTable(roles: ReadonlySet<string>, table: string, operation: Operation): boolean {
  if (roles.has('admin')) return true;
  return RULES.some((rule) => rule.table === table && rule.field === undefined && granted(rule, roles, operation));
}

/** A field without its own rule follows its table. */
export function canField(roles: ReadonlySet<string>, table: string, field: string, operation: Operation): boolean {
  if (roles.has('admin')) return true;
  const fieldRules = RULES.filter((rule) => rule.table === table && rule.field === field);
  if (fieldRules.length > 0) return fieldRules.some((rule) => granted(rule, roles, operation));
  return canTable(roles, table, operation);
}

const FAILED: Record<Exclude<Operation, 'read'>, string> = { create: 'Insert', write: 'Update', delete: 'Delete' };

/** 403 as an instance answers a write its ACLs refuse. */
export const aclRefused = (operation: Exclude<Operation, 'read'>) => new SnError(403, 'Operation Failed', `ACL Exception ${FAILED[operation]} Failed due to security constraints`);

/** 403 for a query that names a field the user may not read. */
export const unreadableQuery = () => new SnError(403, 'Insufficient rights to query records', 'Field(s) present in the query do not have permission to be read');
