/** One field as the Table API answers with `sysparm_display_value=all`. */
export type DisplayField = { value: string; display_value: string };
export type DisplayRow = Record<string, DisplayField>;

/** A value inside an encoded query: a literal `^` is written `^^`. */
export const queryValue = (value: string) => value.replace(/\^/g, '^^');

async function tableApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api/now/table/${path}`, { ...init, headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers } });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(json?.error?.detail || json?.error?.message || `HTTP ${response.status}`);
  return json.result as T;
}

/** Rows as the workspace reads them: display values with values, no reference links. */
export function listRows(table: string, query: string, fields: string[], limit = 50): Promise<DisplayRow[]> {
  const params = new URLSearchParams({ sysparm_query: query, sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true', sysparm_limit: String(limit) });
  if (fields.length) params.set('sysparm_fields', ['sys_id', ...fields].join(','));
  return tableApi(`${encodeURIComponent(table)}?${params}`);
}

export function readRecord(table: string, sysId: string): Promise<DisplayRow> {
  const params = new URLSearchParams({ sysparm_display_value: 'all', sysparm_exclude_reference_link: 'true' });
  return tableApi(`${encodeURIComponent(table)}/${encodeURIComponent(sysId)}?${params}`);
}

export function insertRecord(table: string, body: Record<string, string>): Promise<{ sys_id: string }> {
  return tableApi(`${encodeURIComponent(table)}?sysparm_exclude_reference_link=true`, { method: 'POST', body: JSON.stringify(body) });
}
