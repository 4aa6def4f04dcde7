import type { ErrorRequestHandler, RequestHandler } from 'express';
import { TOO_DEEP } from '../../http/jsonDepth';
import { badRequest, SnError, sendError } from '../errors';

/** The instance's answer for a URI no REST API serves (KB1479016, REST API HTTP response codes: 400). */
export const noSuchResource = () => badRequest('Requested URI does not represent any resource', null);

/** What the Table API answers for a request it cannot read, in ServiceNow's error shape. */
function asSnError(error: unknown): SnError | undefined {
  if (error instanceof SnError) return error;
  const { type, status, message, encoding, charset } = (error ?? {}) as { type?: string; status?: number; message?: string; encoding?: string; charset?: string };
  switch (type) {
    case 'entity.parse.failed':
      return badRequest('Exception while reading request', 'The payload is not valid JSON.');
    case TOO_DEEP:
      return badRequest('Exception while reading request', String(message));
    case 'entity.too.large':
      return new SnError(413, 'Request entity too large', null);
    // "415 Unsupported media type: the endpoint does not support the format of the request body" (KB1479016).
    case 'encoding.unsupported':
      return new SnError(415, 'Unsupported Media Type', `Content-Encoding '${encoding}' is not supported`);
    case 'charset.unsupported':
      return new SnError(415, 'Unsupported Media Type', `Charset '${charset}' is not supported`);
  }
  // Express 5 refuses a path parameter it cannot percent-decode.
  if (error instanceof URIError) return noSuchResource();
  if (status === 400) return badRequest('Exception while reading request', `The request body could not be read: ${message}`);
  if (typeof status === 'number' && status < 500) return new SnError(status, String(message), null);
  return undefined;
}

/** Every failure leaves in ServiceNow's shape; only a real fault is a 500. */
export const vendorErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const known = asSnError(error);
  if (known) return sendError(res, known);
  console.error(`[servicenow] ${req.method} ${req.originalUrl}:`, error);
  sendError(res, new SnError(500, 'Internal server error', null));
};

export const unknownResource: RequestHandler = (_req, res) => sendError(res, noSuchResource());
