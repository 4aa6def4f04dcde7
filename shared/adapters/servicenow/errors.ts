import { CrmError, kindOfStatus } from '../../ports/crmError';

/** ServiceNow refuses a write that breaks a data policy with a 403 whose detail names the mandatory fields by label. */
const DATA_POLICY = /^Data Policy Exception/;
const MANDATORY = /The following fields are mandatory:\s*(.+)$/m;

/**
 * ServiceNow's `{"error":{"message","detail"},"status":"failure"}` as a CrmError. ServiceNow has no
 * error codes, so its short message serves as the code and the detail (when given) as the message.
 */
export function serviceNowError(status: number, body: unknown): CrmError {
  const error = (body as { error?: { message?: unknown; detail?: unknown } } | undefined)?.error;
  const short = typeof error?.message === 'string' && error.message ? error.message : `HTTP ${status}`;
  const detail = typeof error?.detail === 'string' && error.detail ? error.detail : null;
  const policy = detail !== null && DATA_POLICY.test(detail);
  const fields = policy ? mandatoryFields(detail) : undefined;
  return new CrmError({
    kind: policy ? 'validation' : kindOfStatus(status),
    crm: 'servicenow',
    status,
    code: short,
    message: detail ?? short,
    ...(fields ? { fields } : {}),
  });
}

/** Field labels (ServiceNow names no field ids here) -> the message to show beside each. */
function mandatoryFields(detail: string): Record<string, string> | undefined {
  const labels = MANDATORY.exec(detail)?.[1].split(',').map((label) => label.trim()).filter(Boolean);
  if (!labels?.length) return undefined;
  return Object.fromEntries(labels.map((label) => [label, `${label} is mandatory`]));
}
