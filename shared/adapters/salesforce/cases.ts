import type { CasesPort } from '../../ports/casesPort';
import type { SalesforceApi } from './api';
import { queryAll, soqlId } from './soql';

/** The Case field that points at each customer object. */
const CASE_FIELD_OF: Record<string, string> = { Contact: 'ContactId', Account: 'AccountId' };

/** Open Cases of a Contact or Account: `IsClosed` is false until the Case reaches a closed status. */
export function salesforceCases(api: SalesforceApi): CasesPort {
  return {
    async openCasesOf(customer, limit = 5) {
      const field = CASE_FIELD_OF[customer.object];
      if (!field) return [];
      const rows = await queryAll(api, `SELECT Id, CreatedDate FROM Case WHERE IsClosed = false AND ${field} = ${soqlId(customer.id)} ORDER BY CreatedDate DESC LIMIT ${Math.max(1, Math.floor(limit))}`);
      return rows.map((row) => ({ ref: { crm: 'salesforce', object: 'Case', id: String(row.Id) }, openedAt: String(row.CreatedDate ?? '') }));
    },
  };
}
