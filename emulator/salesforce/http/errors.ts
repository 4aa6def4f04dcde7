import type { Response } from 'express';

/**
 * Salesforce REST errors: an array of `{message, errorCode, fields}` with the documented
 * status. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 */
export interface SfError {
  message: string;
  errorCode: string;
  fields: string[];
}

export class SalesforceError extends Error {
  constructor(
    readonly status: number,
    readonly errors: SfError[],
  ) {
    super(errors.map((e) => `${e.errorCode}: ${e.message}`).join('; '));
  }
}

export const sfError = (errorCode: string, message: string, fields: string[] = []): SfError => ({ message, errorCode, fields });

export const fail = (status: number, errorCode: string, message: string, fields: string[] = []) => new SalesforceError(status, [sfError(errorCode, message, fields)]);

export const notFound = () => fail(404, 'NOT_FOUND', 'The requested resource does not exist');

export function sendError(res: Response, error: unknown): void {
  if (error instanceof SalesforceError) {
    res.status(error.status).json(error.errors);
    return;
  }
  console.error('[salesforce]', error);
  res.status(500).json([sfError('UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support.')]);
}
