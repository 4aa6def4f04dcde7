/** A table the workspace lists and opens: its labels and the columns its list shows. */
export interface WorkspaceTable {
  table: string;
  label: string;
  plural: string;
  columns: string[];
  /** The field that names a record (its tab, its heading), as the table's display field. */
  displayField: string;
  /** Global search looks in it. */
  searched: boolean;
}

export const WORKSPACE_TABLES: WorkspaceTable[] = [
  { table: 'sn_customerservice_case', label: 'Case', plural: 'Cases', columns: ['number', 'short_description', 'consumer', 'contact', 'account', 'state', 'priority', 'opened_at'], displayField: 'number', searched: true },
  { table: 'csm_consumer', label: 'Consumer', plural: 'Consumers', columns: ['name', 'email', 'phone', 'mobile_phone', 'city'], displayField: 'name', searched: true },
  { table: 'customer_contact', label: 'Contact', plural: 'Contacts', columns: ['name', 'email', 'phone', 'account', 'title'], displayField: 'name', searched: true },
  { table: 'customer_account', label: 'Account', plural: 'Accounts', columns: ['number', 'name', 'phone', 'city'], displayField: 'name', searched: true },
  { table: 'interaction', label: 'Interaction', plural: 'Interactions', columns: ['number', 'type', 'state', 'consumer', 'contact', 'assigned_to', 'opened_at', 'closed_at'], displayField: 'number', searched: false },
];

export const workspaceTable = (table: string) => WORKSPACE_TABLES.find((t) => t.table === table);

/** Reference fields and the table each points at: the workspace opens the referenced record. */
export const REFERENCE_TABLES: Record<string, string> = {
  consumer: 'csm_consumer',
  contact: 'customer_contact',
  account: 'customer_account',
  household: 'csm_household',
  assigned_to: 'sys_user',
  opened_for: 'sys_user',
  interaction: 'interaction',
};

const LABELS: Record<string, string> = { short_description: 'Short description', contact_type: 'Channel', sys_id: 'Sys ID', opened_for: 'Opened for' };
export const fieldLabel = (field: string) => LABELS[field] ?? field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** A workspace address; the interaction in progress (`?interaction=`) rides along. */
export function workspaceHref(path: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params);
  const interaction = new URLSearchParams(window.location.search).get('interaction');
  if (interaction) search.set('interaction', interaction);
  const query = search.toString();
  return `/now/cwf/agent/${path}${query ? `?${query}` : ''}`;
}

export const recordHref = (table: string, sysId: string, params: Record<string, string> = {}) =>
  workspaceHref(`record/${encodeURIComponent(table)}/${encodeURIComponent(sysId)}`, params);
