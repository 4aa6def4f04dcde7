import express, { type RequestHandler } from 'express';
import { refuseDeepJson } from '../../http/jsonDepth';
import { unsupportedMedia } from './contentType';
import { fail } from './errors';

/**
 * JSON bodies for the REST API. Parse failures become errors that `dataErrors` answers in
 * Salesforce's shape; a write without a body is refused as Salesforce refuses it.
 */
const parse = express.json({ limit: '20mb', type: () => true, strict: false, verify: refuseEmptyOrDeep });

/** The error type an empty or missing body carries to `dataErrors`. */
export const NO_BODY = 'entity.missing';

const noBody = () => Object.assign(new Error('no request body'), { type: NO_BODY });

function refuseEmptyOrDeep(req: unknown, res: unknown, body: Buffer): void {
  if (body.length === 0) throw noBody();
  refuseDeepJson(req, res, body);
}

/** The request encodings the REST API documents: https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_rest_compression.htm */
const ENCODINGS = new Set(['identity', 'gzip', 'deflate']);

/**
 * Parses POST/PATCH/PUT JSON bodies; a request without one, or with another media type, never
 * reaches a route. Resources that take other types (CSV uploads) are mounted before this.
 */
export const jsonBody: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE') return next();
  const unsupported = unsupportedMedia(req);
  if (unsupported) return next(unsupported);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (!ENCODINGS.has(encoding)) return next(Object.assign(new Error('unsupported content encoding'), { type: 'encoding.unsupported', encoding }));
  parse(req, res, (error?: unknown) => next(error ?? (req.body === undefined ? noBody() : undefined)));
};

export const isRecordBody = (body: unknown): body is Record<string, unknown> => typeof body === 'object' && body !== null && !Array.isArray(body);

/** The Jackson token a JSON value starts with, as Salesforce's deserialisation errors name it. */
function tokenOf(value: unknown): string {
  if (Array.isArray(value)) return 'START_ARRAY';
  if (value === null) return 'VALUE_NULL';
  if (typeof value === 'string') return 'VALUE_STRING';
  if (typeof value === 'number') return Number.isInteger(value) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT';
  if (typeof value === 'boolean') return value ? 'VALUE_TRUE' : 'VALUE_FALSE';
  return 'START_OBJECT';
}

/**
 * A record body must be a JSON object; anything else is refused as the platform's
 * deserialiser words it ("Can not deserialize SObject out of START_ARRAY token ...",
 * JSON_PARSER_ERROR, as observed from the REST API by public API test suites).
 */
export function recordBody(value: unknown, type = 'SObject'): Record<string, unknown> {
  if (!isRecordBody(value)) throw fail(400, 'JSON_PARSER_ERROR', `Can not deserialize ${type} out of ${tokenOf(value)} token at [line:1, column:1]`);
  return value;
}
