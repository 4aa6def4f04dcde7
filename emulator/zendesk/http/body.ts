import express, { type ErrorRequestHandler } from 'express';
import { sendError } from './errors';

/** JSON bodies up to Zendesk's own request size scale (other types are refused in contentType.ts). */
export const jsonBody = express.json({ limit: '5mb', type: ['application/json', 'application/*+json'] });

/** A body that is not JSON, or too large, gets a 400/413 in Zendesk's `error`/`description` shape. */
export const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (err?.type === 'entity.too.large') return sendError(res, 413, 'RequestTooLarge', 'The request body is too large');
  if (err?.type === 'entity.parse.failed' || err instanceof SyntaxError) {
    return sendError(res, 400, 'InvalidJSON', 'The request body is not valid JSON');
  }
  if (err?.type?.startsWith?.('encoding') || err?.type === 'charset.unsupported') {
    return sendError(res, 400, 'InvalidEncoding', 'The request body encoding is not supported');
  }
  next(err);
};
