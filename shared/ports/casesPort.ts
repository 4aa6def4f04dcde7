import type { CrmRecordRef } from '../vocabulary/crmRecord';
import type { OpenCase } from '../screenPop/decideScreenPop';

/** The cases a customer has with the company (§7.6: the screen pop opens their open one). */
export interface CasesPort {
  /** The customer's (person's or account's) cases that are still open, newest first, at most `limit`. */
  openCasesOf(customer: CrmRecordRef, limit?: number): Promise<OpenCase[]>;
}
