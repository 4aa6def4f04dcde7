import { isCrmError, type CrmRecordRef, type LinkTargetAnswer } from '../../../shared';
import type { CrmConnection } from '../crm/connections';

/** How long a link waits for the CRM to confirm the record before taking a well-formed id on trust. */
const CHECK_BUDGET_MS = 2000;

/**
 * Asks the record's CRM for the record about to be linked (issue 23 §8), so that shared/
 * can refuse an id the outbox could never write back. A CRM that is slow or down does not
 * hold the agent up: past the budget the answer is `unchecked`.
 */
export async function askForLinkTarget(connections: CrmConnection[], ref: CrmRecordRef): Promise<LinkTargetAnswer> {
  const records = connections.find((c) => c.crm === ref.crm)?.records;
  if (!records) return { unchecked: true };
  const asked = records.read(ref).then(
    (): LinkTargetAnswer => ({ found: true }),
    (error: unknown): LinkTargetAnswer => (isCrmError(error) ? { error } : { unchecked: true }),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<LinkTargetAnswer>((resolve) => {
    timer = setTimeout(() => resolve({ unchecked: true }), CHECK_BUDGET_MS);
  });
  try {
    return await Promise.race([asked, budget]);
  } finally {
    clearTimeout(timer);
  }
}
