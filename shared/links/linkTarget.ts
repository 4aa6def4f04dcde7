import type { CrmErrorDetails } from '../ports/crmError';
import type { Crm, CrmRecordRef } from '../vocabulary/crmRecord';

/**
 * How each CRM spells a record id: Salesforce 15 or 18 letters and digits, ServiceNow a
 * 32-digit hex sys_id, Zendesk a positive integer, Dataverse a GUID. Anything else can never be written back.
 */
const ID_SHAPES: Record<Crm, RegExp> = {
  salesforce: /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/,
  servicenow: /^[0-9a-f]{32}$/,
  zendesk: /^[1-9][0-9]{0,18}$/,
  dynamics: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export const hasRecordIdShape = (ref: CrmRecordRef): boolean => ID_SHAPES[ref.crm].test(ref.id);

/** What the CRM said when asked for the record before linking it; `unchecked` when no CRM could be asked. */
export type LinkTargetAnswer = { found: true } | { error: Pick<CrmErrorDetails, 'kind' | 'status' | 'code' | 'message'> } | { unchecked: true };

export interface LinkTargetRefusal {
  status: 400 | 404;
  refused: 'invalid-record-id' | 'record-not-found';
  message: string;
  /** The CRM's own code and message, when it gave the reason. */
  crm?: { status: number; code: string; message: string };
}

/**
 * Issue 23 §8: a link is accepted only for a record the CRM has (the outbox could never write
 * one it lacks). An id of the wrong shape is a 400, a well-formed id the CRM does not know a
 * 404, both with the CRM's reason. When the CRM cannot answer (down, throttled) a well-formed
 * id is taken on trust: linking must not wait for a CRM outage, and the outbox retries.
 */
export function linkTargetRefusal(ref: CrmRecordRef, answer: LinkTargetAnswer): LinkTargetRefusal | null {
  if ('found' in answer) return null;
  const shaped = hasRecordIdShape(ref);
  const crmSaysNo = 'error' in answer && (answer.error.kind === 'not-found' || answer.error.kind === 'validation');
  if (!crmSaysNo) return shaped ? null : { status: 400, refused: 'invalid-record-id', message: `${ref.id} is not a ${ref.crm} record id.` };
  const { status, code, message } = (answer as { error: CrmErrorDetails }).error;
  const crm = { status, code, message };
  return shaped ? { status: 404, refused: 'record-not-found', message, crm } : { status: 400, refused: 'invalid-record-id', message, crm };
}
