import type { CrmRecordRef } from '../vocabulary/crmRecord';
import type { ScreenPopTarget } from './policy';

/** An open case of the caller, with when it was opened (ISO or the CRM's sortable date-time). */
export interface OpenCase {
  ref: CrmRecordRef;
  openedAt: string;
}

/** What one CRM knows of the caller when the agent answers. */
export interface ScreenPopFacts {
  outcome: 'identified' | 'ambiguous' | 'not-identified';
  /** The person (or account) the IVR identified in this CRM. */
  customer?: CrmRecordRef;
  /** A case the caller named by its number: they call about that one. */
  namedCase?: CrmRecordRef;
  /** The customer's cases that are still open, in any order. */
  openCases: OpenCase[];
  /** Every record the IVR found in this CRM: the candidates of an ambiguous caller. */
  candidates: CrmRecordRef[];
}

/**
 * What the agent's page opens on answer. Never a new, blank case: a caller with no open case gets
 * their own record and the offer of a new case; an unknown caller only the interaction record.
 */
export type ScreenPopDecision =
  | { open: 'case'; record: CrmRecordRef }
  | { open: 'customer'; record: CrmRecordRef; offerNewCase: boolean }
  | { open: 'candidates'; candidates: CrmRecordRef[] }
  | { open: 'interaction-record' };

const newestFirst = (a: OpenCase, b: OpenCase) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0);

export function decideScreenPop(facts: ScreenPopFacts, target: ScreenPopTarget): ScreenPopDecision {
  if (target === 'interaction-record') return { open: 'interaction-record' };
  // An ambiguous caller is never guessed (§7.2): the agent picks from the candidates.
  if (facts.outcome === 'ambiguous') return facts.candidates.length ? { open: 'candidates', candidates: facts.candidates } : { open: 'interaction-record' };
  if (facts.outcome !== 'identified' || !facts.customer) return { open: 'interaction-record' };
  if (target === 'open-case') {
    if (facts.namedCase) return { open: 'case', record: facts.namedCase };
    const [latest] = [...facts.openCases].sort(newestFirst);
    if (latest) return { open: 'case', record: latest.ref };
  }
  return { open: 'customer', record: facts.customer, offerNewCase: facts.openCases.length === 0 };
}
