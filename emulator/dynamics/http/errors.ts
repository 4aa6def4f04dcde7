import type { Response } from 'express';

/**
 * A Dataverse Web API error: `{"error":{"code","message"}}` with the documented status.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#parse-errors-from-the-response
 * Codes are the platform's hexadecimal error codes:
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
 */
export class ODataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** A query option or URL the OData layer cannot read (bad $filter, unknown property). */
  static badQuery(message: string): ODataError {
    return new ODataError(400, '0x80060888', message);
  }

  static noProperty(name: string, entity: string): ODataError {
    return ODataError.badQuery(`Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.${entity}'.`);
  }

  /** ObjectDoesNotExist, worded as the conditional-operations page shows it. */
  static notFound(entity: string, id: string): ODataError {
    return new ODataError(404, '0x80040217', `${entity} With Id = ${id} Does Not Exist`);
  }

  static noSegment(segment: string): ODataError {
    return new ODataError(404, '0x8006088a', `Resource not found for the segment '${segment}'.`);
  }

  /** ConcurrencyVersionMismatch: If-Match named an older version. */
  static versionMismatch(): ODataError {
    return new ODataError(412, '0x80060882', "The version of the existing record doesn't match the RowVersion property provided.");
  }

  /** DuplicateRecord: If-None-Match: * on an upsert that found the record, or a create with a taken id. */
  static duplicate(): ODataError {
    return new ODataError(412, '0x80040237', 'A record with matching key values already exists.');
  }

  static invalidArgument(message: string): ODataError {
    return new ODataError(400, '0x80040203', message);
  }
}

export function sendError(res: Response, error: ODataError): void {
  res.status(error.status).set('OData-Version', '4.0').type('application/json; odata.metadata=minimal').send(JSON.stringify({ error: { code: error.code, message: error.message } }));
}
