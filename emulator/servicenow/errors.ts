import type { Response } from 'express';

/**
 * ServiceNow's REST error: `{"error":{"message","detail"},"status":"failure"}` with the
 * documented status codes (400, 401, 403, 404):
 * https://www.servicenow.com/docs/r/api-reference/rest-api-explorer/c_RESTAPI.html
 */
export class SnError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: string | null,
  ) {
    super(message);
  }
}

export const notAuthenticated = () => new SnError(401, 'User Not Authenticated', 'Required to provide Auth information');
export const invalidTable = (table: string) => new SnError(400, `Invalid table ${table}`, null);
export const noRecord = () => new SnError(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");
export const badRequest = (message: string, detail: string | null) => new SnError(400, message, detail);
/** Data policies and business rules that abort a write answer 403 "Operation Failed". */
export const operationFailed = (detail: string) => new SnError(403, 'Operation Failed', detail);

export function sendError(res: Response, error: SnError): void {
  res.status(error.status).json({ error: { message: error.message, detail: error.detail }, status: 'failure' });
}
