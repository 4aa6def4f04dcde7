import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { fail, SalesforceError, sendError } from '../http/errors';

/**
 * Bulk API 2.0 answers errors as the REST API does (`[{errorCode, message}]`); job problems
 * use its own codes (INVALIDJOB, INVALIDJOBSTATE, NOT_FOUND).
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/bulk_api_2_0_errors.htm
 */
export const invalidJob = (message: string) => fail(400, 'INVALIDJOB', `InvalidJob : ${message}`);
export const invalidState = (message: string) => fail(409, 'INVALIDJOBSTATE', message);
export const jobNotFound = () => fail(404, 'NOT_FOUND', 'The requested resource does not exist');

/** JSON job bodies (create, state changes). */
export const jobJson: RequestHandler = express.json({ limit: '1mb', type: () => true });
/** CSV uploads up to the documented 150 MB per request, kept as bytes (decoded while parsing, in slices). */
export const csvBytes: RequestHandler = express.raw({ limit: '150mb', type: () => true });

export const bulkErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof SalesforceError) return sendError(res, error);
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') return sendError(res, fail(413, 'EXCEEDED_QUOTA', 'The request body exceeds the maximum upload size of 150 MB'));
  return sendError(res, fail(400, 'JSON_PARSER_ERROR', `The request body could not be read: ${(error as Error).message}`));
};
