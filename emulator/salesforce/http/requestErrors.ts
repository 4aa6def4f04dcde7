import type { ErrorRequestHandler, RequestHandler } from 'express';
import { TOO_DEEP } from '../../http/jsonDepth';
import { NO_BODY } from './body';
import { MEDIA_UNSUPPORTED } from './contentType';
import { fail, notFound, SalesforceError, sendError } from './errors';

/**
 * What the REST API answers for a request it cannot read, in its `[{message, errorCode}]`
 * shape. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 */
function asSalesforceError(error: unknown): unknown {
  if (error instanceof SalesforceError) return error;
  const { type, status, message, encoding, charset, mediaType } = (error ?? {}) as { type?: string; status?: number; message?: string; encoding?: string; charset?: string; mediaType?: string };
  switch (type) {
    case NO_BODY:
      return fail(400, 'JSON_PARSER_ERROR', 'The HTTP entity body is required, but this request has no entity body.');
    case TOO_DEEP:
    case 'entity.parse.failed':
      return fail(400, 'JSON_PARSER_ERROR', `Unexpected character in the request body: ${message}`);
    case 'entity.too.large':
      return fail(413, 'JSON_PARSER_ERROR', 'Request body exceeds the maximum size');
    // Only gzip and deflate are documented for requests (intro_rest_compression.htm); other
    // media the API cannot read answer 415 UNSUPPORTED_MEDIA_TYPE (github.com/kevinohara80/nforce/issues/74).
    case 'encoding.unsupported':
      return fail(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding of '${encoding}' is not supported by this resource`);
    case MEDIA_UNSUPPORTED:
      return fail(415, 'UNSUPPORTED_MEDIA_TYPE', `MediaType of '${mediaType}' is not supported by this resource`);
    case 'charset.unsupported':
      return fail(415, 'UNSUPPORTED_MEDIA_TYPE', `Charset of '${charset}' is not supported by this resource`);
  }
  // Express 5 refuses a path parameter it cannot percent-decode: no resource has that name.
  if (error instanceof URIError) return notFound();
  // A body that claims gzip or deflate but does not decompress.
  if (status === 400) return fail(400, 'JSON_PARSER_ERROR', `The request body could not be read: ${message}`);
  return error;
}

/** Answers every error under `/services/data` in Salesforce's shape (a 500 only for real faults). */
export const dataErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  sendError(res, asSalesforceError(error));
};

/** Any other path under `/services/data/vXX.X/` is an unknown resource. */
export const unknownResource: RequestHandler = (_req, res) => sendError(res, notFound());
