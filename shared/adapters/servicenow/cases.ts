import type { CasesPort } from '../../ports/casesPort';
import { queryValue } from './encodedQuery';
import type { TableApi } from './table';
import { RELATION_TABLES } from './tables';

/** The case field that points at each customer table (`consumer`, `contact`, `account`). */
const CASE_FIELD_OF = Object.fromEntries(Object.entries(RELATION_TABLES).map(([field, table]) => [table, field]));

/**
 * Open cases through the Table API: `active=true` is what CSM keeps for every state before
 * Resolved/Closed/Cancelled (https://www.servicenow.com/docs/r/customer-service-management/r_CustomerServiceCaseStates.html).
 */
export function serviceNowCases(table: TableApi): CasesPort {
  return {
    async openCasesOf(customer, limit = 5) {
      const field = CASE_FIELD_OF[customer.object];
      const id = queryValue(customer.id);
      if (!field || !id) return [];
      const rows = await table.list('sn_customerservice_case', {
        query: `active=true^${field}=${id}^ORDERBYDESCopened_at`,
        fields: ['number', 'opened_at'],
        limit,
      });
      return rows.map((row) => ({ ref: { crm: 'servicenow', object: 'sn_customerservice_case', id: row.sys_id }, openedAt: String(row.opened_at ?? '') }));
    },
  };
}
