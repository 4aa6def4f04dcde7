import type { SalesforceApi } from './api';

/**
 * A SOQL string literal. Quote and backslash are reserved and control characters need their escape
 * sequence (https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-soql-select-quotedstringescapes.html).
 */
export function soqlString(value: string): string {
  const escaped = value.replace(/[\\'"\n\r\t\f\b]/g, (c) => SOQL_ESCAPES[c] ?? c);
  return `'${escaped}'`;
}

const SOQL_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\f': '\\f',
  '\b': '\\b',
};

/** Salesforce ids are 15 or 18 letters and digits; anything else must never reach a query. */
export function soqlId(id: string): string {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id)) throw new Error(`Not a Salesforce id: ${id}`);
  return `'${id}'`;
}

export type SoqlRow = { attributes?: { type: string; url?: string }; Id?: string } & Record<string, unknown>;

export interface QueryPage {
  done: boolean;
  totalSize: number;
  records: SoqlRow[];
  nextRecordsUrl?: string;
}

/** Every row of a query, following `nextRecordsUrl` until `done` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm). */
export async function queryAll(api: SalesforceApi, soql: string): Promise<SoqlRow[]> {
  return rowsFrom(api, await api.call<QueryPage>(queryPath(soql)));
}

export const queryPath = (soql: string) => `/query?q=${encodeURIComponent(soql)}`;

/** The rows of a query's first page (however it was fetched) and of the pages after it. */
export async function rowsFrom(api: SalesforceApi, first: QueryPage): Promise<SoqlRow[]> {
  let page = first;
  const rows = [...page.records];
  while (!page.done && page.nextRecordsUrl) {
    page = await api.call<QueryPage>(page.nextRecordsUrl);
    rows.push(...page.records);
  }
  return rows;
}
