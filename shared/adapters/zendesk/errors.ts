import { CrmError, kindOfStatus } from '../../ports/crmError';

type Details = Record<string, { description?: string; error?: string }[] | undefined>;

/**
 * Zendesk's error bodies as a CrmError: `{"error":"RecordInvalid","description":...,"details":{field:[{description}]}}`,
 * `{"error":"Couldn't authenticate you"}`, or `{"error":{"title","message"}}`
 * (https://developer.zendesk.com/api-reference/introduction/requests/#response-format).
 */
export function zendeskError(status: number, body: unknown): CrmError {
  const record = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; description?: unknown; details?: Details };
  let code = `HTTP_${status}`;
  let message = `Zendesk answered ${status}`;
  if (typeof record.error === 'string') {
    code = record.error;
    message = typeof record.description === 'string' ? record.description : record.error;
  } else if (typeof record.error === 'object' && record.error !== null) {
    const nested = record.error as { title?: unknown; message?: unknown };
    if (typeof nested.title === 'string') code = nested.title;
    if (typeof nested.message === 'string') message = nested.message;
  }
  const fields: Record<string, string> = {};
  for (const [field, problems] of Object.entries(record.details ?? {})) {
    const first = Array.isArray(problems) ? problems[0] : undefined;
    if (first) fields[field] = first.description ?? first.error ?? message;
  }
  return new CrmError({ kind: kindOfStatus(status), crm: 'zendesk', status, code, message, ...(Object.keys(fields).length > 0 ? { fields } : {}) });
}
