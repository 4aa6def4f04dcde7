import type { Crm } from '../vocabulary/crmRecord';

/** What went wrong, in the product's words; the vendor's own code and message are kept beside it. */
export type CrmErrorKind = 'validation' | 'not-found' | 'auth' | 'conflict' | 'unavailable' | 'rate-limited' | 'unknown';

export interface CrmErrorDetails {
  kind: CrmErrorKind;
  crm: Crm;
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number;
  /** The vendor's error code (`REQUIRED_FIELD_MISSING`, `RecordInvalid`, ...). */
  code: string;
  /** The vendor's message, shown to the agent as is. */
  message: string;
  /** Field name -> the vendor's message about it, when the vendor names fields. */
  fields?: Record<string, string>;
}

/** A failed CRM call. Thrown by every adapter so callers handle one error family. */
export class CrmError extends Error implements CrmErrorDetails {
  readonly kind: CrmErrorKind;
  readonly crm: Crm;
  readonly status: number;
  readonly code: string;
  readonly fields?: Record<string, string>;

  constructor(details: CrmErrorDetails) {
    super(details.message);
    this.name = 'CrmError';
    this.kind = details.kind;
    this.crm = details.crm;
    this.status = details.status;
    this.code = details.code;
    if (details.fields) this.fields = details.fields;
  }
}

export const isCrmError = (error: unknown): error is CrmError => error instanceof CrmError;

/** The kind an HTTP status means when the vendor's code says nothing more precise. */
export function kindOfStatus(status: number): CrmErrorKind {
  if (status === 0 || status >= 500) return 'unavailable';
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  return 'unknown';
}

/** A read's result, or null when the CRM says the record is not there (other errors still throw). */
export async function nullWhenNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isCrmError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}
