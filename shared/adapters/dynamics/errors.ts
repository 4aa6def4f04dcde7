import { CrmError, kindOfStatus, type CrmErrorKind } from '../../ports/crmError';

/** Dataverse codes that say more than their status (https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes). */
const KINDS: Record<string, CrmErrorKind> = {
  '0x80040217': 'not-found',
  '0x80040237': 'conflict',
  '0x80060882': 'conflict',
};

/**
 * The Web API's `{"error":{"code","message"}}` and the identity platform's
 * `{"error","error_description"}` as a CrmError
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
 */
export function dynamicsError(status: number, body: unknown): CrmError {
  const record = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; error_description?: unknown };
  let code = `HTTP_${status}`;
  let message = `Dynamics 365 answered ${status}`;
  if (typeof record.error === 'object' && record.error !== null) {
    const odata = record.error as { code?: unknown; message?: unknown };
    if (typeof odata.code === 'string' && odata.code) code = odata.code;
    if (typeof odata.message === 'string' && odata.message) message = odata.message;
  } else if (typeof record.error === 'string') {
    code = record.error;
    if (typeof record.error_description === 'string') message = record.error_description;
  }
  return new CrmError({ kind: KINDS[code] ?? kindOfStatus(status), crm: 'dynamics', status, code, message });
}
