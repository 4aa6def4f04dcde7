import { CrmError, kindOfStatus, type CrmErrorKind } from '../../ports/crmError';

interface SalesforceErrorItem {
  message?: string;
  errorCode?: string;
  /** sObject Collections name the code `statusCode` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm). */
  statusCode?: string;
  fields?: string[];
}

/** Codes whose meaning is sharper than their HTTP status (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#statuscode). */
const KIND_OF_CODE: Record<string, CrmErrorKind> = {
  INVALID_SESSION_ID: 'auth',
  INSUFFICIENT_ACCESS: 'auth',
  INSUFFICIENT_ACCESS_OR_READONLY: 'auth',
  NOT_FOUND: 'not-found',
  ENTITY_IS_DELETED: 'not-found',
  REQUEST_LIMIT_EXCEEDED: 'rate-limited',
  DUPLICATE_VALUE: 'validation',
  DUPLICATES_DETECTED: 'validation',
  UNABLE_TO_LOCK_ROW: 'conflict',
  SERVER_UNAVAILABLE: 'unavailable',
};

/**
 * A Salesforce error body (`[{message, errorCode, fields}]`, or OAuth's `{error, error_description}`)
 * as a CrmError. Every named field gets the message of the error that names it.
 */
export function salesforceError(status: number, body: unknown): CrmError {
  const items = readItems(body);
  const first = items[0] ?? {};
  const code = first.errorCode ?? first.statusCode ?? `HTTP_${status}`;
  const fields: Record<string, string> = {};
  for (const item of items) for (const field of item.fields ?? []) fields[field] ??= item.message ?? code;
  return new CrmError({
    kind: KIND_OF_CODE[code] ?? kindOfStatus(status),
    crm: 'salesforce',
    status,
    code,
    message: first.message ?? `Salesforce answered ${status}`,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  });
}

function readItems(body: unknown): SalesforceErrorItem[] {
  if (Array.isArray(body)) return body.filter((item): item is SalesforceErrorItem => typeof item === 'object' && item !== null);
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    if (typeof record.error === 'string') {
      return [{ errorCode: record.error, message: typeof record.error_description === 'string' ? record.error_description : record.error }];
    }
    if (Array.isArray(record.errors)) return readItems(record.errors);
    if (typeof record.errorCode === 'string') return [record as SalesforceErrorItem];
  }
  return [];
}
