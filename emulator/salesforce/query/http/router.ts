import express, { Router, type Request, type Response } from 'express';
import type { QuerySource } from '../../model/types';
import { SfQueryError } from '../errors';
import { runSoql } from '../soql/run';
import { runSearch, runSosl } from '../sosl/run';
import { batchSizeFrom } from './batchSize';
import { QueryCursors } from './cursors';
import { fromParameters, fromQueryString } from './parameterized';

/** The version segment (`v62.0`) as the number the record urls carry. */
function versionOf(req: Request): string {
  const raw = String((req.params as Record<string, string>).version ?? 'v62.0');
  return /^v\d+\.\d$/.test(raw) ? raw.slice(1) : '62.0';
}

function fail(res: Response, error: unknown): void {
  if (error instanceof SfQueryError) {
    res.status(error.status).json(error.body());
    return;
  }
  res.status(500).json([{ message: 'An unexpected error occurred. Please include this ErrorId if you contact support.', errorCode: 'UNKNOWN_EXCEPTION' }]);
}

/**
 * `/query`, `/queryAll`, `/query/{locator}`, `/search`, `/parameterizedSearch`, mounted by
 * the Salesforce part at `/services/data/:version` behind its session check.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
 */
export function createQueryRouter(source: QuerySource): Router {
  const router = Router({ mergeParams: true });
  const cursors = new QueryCursors();

  const query = (includeDeleted: boolean) => (req: Request, res: Response) => {
    try {
      const q = typeof req.query.q === 'string' ? req.query.q : '';
      const version = versionOf(req);
      const result = runSoql(q, source, { includeDeleted, version });
      const batchSize = batchSizeFrom(req.get('Sforce-Query-Options'));
      if (result.records.length <= batchSize) {
        res.json(result);
        return;
      }
      const locator = cursors.open(result.records, batchSize);
      res.json({ totalSize: result.totalSize, done: false, nextRecordsUrl: `/services/data/v${version}/query/${locator}-${batchSize}`, records: result.records.slice(0, batchSize) });
    } catch (error) {
      fail(res, error);
    }
  };

  router.get('/query', query(false));
  router.get('/queryAll', query(true));

  const more = (req: Request, res: Response) => {
    const match = /^(01g[0-9A-Za-z]{12})-(\d+)$/.exec(String(req.params.locator));
    const page = match ? cursors.read(match[1], Number(match[2])) : undefined;
    if (!match || !page) {
      res.status(400).json([{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }]);
      return;
    }
    const version = versionOf(req);
    res.json({
      totalSize: page.total,
      done: page.next === undefined,
      ...(page.next === undefined ? {} : { nextRecordsUrl: `/services/data/v${version}/query/${match[1]}-${page.next}` }),
      records: page.records,
    });
  };
  router.get('/query/:locator', more);
  router.get('/queryAll/:locator', more);

  router.get('/search', (req, res) => {
    try {
      const q = typeof req.query.q === 'string' ? req.query.q : '';
      res.json(runSosl(q, source, { version: versionOf(req) }));
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/parameterizedSearch', (req, res) => {
    try {
      res.json(runSearch(fromQueryString(req.query as Record<string, unknown>), source, { version: versionOf(req) }));
    } catch (error) {
      fail(res, error);
    }
  });

  router.post('/parameterizedSearch', express.json({ limit: '1mb' }), (req, res) => {
    try {
      const body: unknown = req.body;
      if (!body || typeof body !== 'object') throw new SfQueryError('JSON_PARSER_ERROR', 'The request body is not a JSON object');
      res.json(runSearch(fromParameters(body), source, { version: versionOf(req) }));
    } catch (error) {
      fail(res, error);
    }
  });

  router.use((error: unknown, _req: Request, res: Response, next: (e?: unknown) => void) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string })?.type;
    if (type === 'entity.too.large') res.status(413).json([{ message: 'Request body too large', errorCode: 'REQUEST_ENTITY_TOO_LARGE' }]);
    else res.status(400).json([{ message: 'Unexpected character in the JSON body', errorCode: 'JSON_PARSER_ERROR' }]);
  });

  return router;
}
