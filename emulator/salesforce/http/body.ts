import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { sfError } from './errors';

/**
 * JSON bodies for the REST API; malformed JSON answers JSON_PARSER_ERROR like Salesforce,
 * never an HTML page. Mount `jsonBody` as one middleware (parser + its error handler).
 */
const parse = express.json({ limit: '20mb', type: () => true, strict: false });

const parseErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (err?.type === 'entity.too.large') {
    res.status(413).json([sfError('JSON_PARSER_ERROR', 'Request body exceeds the maximum size')]);
  } else if (err?.type === 'entity.parse.failed' || err instanceof SyntaxError) {
    res.status(400).json([sfError('JSON_PARSER_ERROR', `Unexpected character in the request body: ${err.message}`)]);
  } else {
    next(err);
  }
};

const parseWrites: RequestHandler = (req, res, next) => (req.method === 'GET' || req.method === 'DELETE' ? next() : parse(req, res, next));

export const jsonBody: (RequestHandler | ErrorRequestHandler)[] = [parseWrites, parseErrors];

/** `Sforce-Limit-Info` on every data call; the daily allocation of a Developer Edition org. */
export function limitInfo(): RequestHandler {
  let day = '';
  let used = 0;
  return (_req, res, next) => {
    const today = new Date().toISOString().slice(0, 10);
    if (today !== day) [day, used] = [today, 0];
    used += 1;
    res.setHeader('Sforce-Limit-Info', `api-usage=${used}/15000`);
    next();
  };
}

export const isRecordBody = (body: unknown): body is Record<string, unknown> => typeof body === 'object' && body !== null && !Array.isArray(body);
