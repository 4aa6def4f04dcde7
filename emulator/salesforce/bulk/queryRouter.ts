import { Router, type Request } from 'express';
import { sessionOf } from '../auth/sessions';
import { isRecordBody } from '../http/body';
import { fail } from '../http/errors';
import type { QuerySource } from '../model/types';
import { SfQueryError } from '../query';
import { DELIMITERS, LINE_ENDINGS, writeCsv } from './csv';
import { invalidJob, invalidState, jobJson, jobNotFound } from './bulkErrors';
import { decodeLocator, encodeLocator, openQueryJob, processQueryJob, queryJobInfo, type QueryJob } from './queryJobs';
import { queryObject } from './queryRows';

const apiVersionOf = (req: Request) => Number(String((req.params as Record<string, string>).version).slice(1));
/** Salesforce sizes result pages by bytes; without maxRecords the emulator sends everything in one page. */
const DEFAULT_PAGE = 1_000_000;

/**
 * `/jobs/query`: create, poll, read results by locator, abort, delete, list.
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/query_get_job_results.htm
 */
export function queryJobsRouter(source: QuerySource, jobs: Map<string, QueryJob>): Router {
  const router = Router({ mergeParams: true });
  const jobOf = (req: Request) => {
    const job = jobs.get(String(req.params.jobId));
    if (!job) throw jobNotFound();
    return job;
  };

  router.post('/query', jobJson, (req, res) => {
    const body = isRecordBody(req.body) ? req.body : {};
    if (body.operation !== 'query' && body.operation !== 'queryAll') throw invalidJob(`Invalid operation: ${String(body.operation)}`);
    if (typeof body.query !== 'string' || body.query.trim() === '') throw invalidJob('A query must be specified');
    const columnDelimiter = String(body.columnDelimiter ?? 'COMMA');
    const lineEnding = String(body.lineEnding ?? 'LF');
    if (!(columnDelimiter in DELIMITERS) || !(lineEnding in LINE_ENDINGS)) throw invalidJob('Invalid columnDelimiter or lineEnding');
    let object: string;
    try {
      object = queryObject(body.query, source).object;
    } catch (error) {
      if (error instanceof SfQueryError) throw fail(400, error.errorCode, error.message);
      throw error;
    }
    const job = openQueryJob({ operation: body.operation, statement: body.query, object, userId: sessionOf(res.locals).userId, apiVersion: apiVersionOf(req) }, { columnDelimiter, lineEnding });
    jobs.set(job.id, job);
    setImmediate(() => processQueryJob(source, job));
    res.json(queryJobInfo(job, false));
  });

  router.get('/query', (_req, res) => {
    res.json({ done: true, records: [...jobs.values()].map((job) => queryJobInfo(job, false)), nextRecordsUrl: null });
  });

  router.get('/query/:jobId', (req, res) => {
    res.json(queryJobInfo(jobOf(req), true));
  });

  router.get('/query/:jobId/results', async (req, res) => {
    const job = jobOf(req);
    if (job.state !== 'JobComplete' || !job.table) throw invalidState(`Job ${job.id} is not complete (state ${job.state}); results are available once it is JobComplete`);
    const offset = typeof req.query.locator === 'string' && req.query.locator !== '' ? decodeLocator(req.query.locator) : 0;
    if (offset === undefined || offset > job.table.rows.length) throw fail(400, 'INVALIDLOCATOR', `Invalid locator: ${String(req.query.locator)}`);
    const max = req.query.maxRecords === undefined ? DEFAULT_PAGE : Number(req.query.maxRecords);
    if (!Number.isInteger(max) || max < 1) throw fail(400, 'INVALID_FIELD', `Invalid maxRecords: ${String(req.query.maxRecords)}`);
    const rows = job.table.rows.slice(offset, offset + max);
    const next = offset + rows.length < job.table.rows.length ? encodeLocator(offset + rows.length) : 'null';
    res.setHeader('Sforce-Locator', next);
    res.setHeader('Sforce-NumberOfRecords', String(rows.length));
    res.type('text/csv');
    await writeCsv(res, job.table.columns, rows, job.format);
  });

  router.patch('/query/:jobId', jobJson, (req, res) => {
    const job = jobOf(req);
    if (!isRecordBody(req.body) || req.body.state !== 'Aborted') throw invalidJob(`Invalid state: ${String(isRecordBody(req.body) ? req.body.state : undefined)}`);
    if (job.state === 'JobComplete' || job.state === 'Failed') throw invalidState(`Job ${job.id} is already finished (${job.state})`);
    job.state = 'Aborted';
    res.json(queryJobInfo(job, false));
  });

  router.delete('/query/:jobId', (req, res) => {
    const job = jobOf(req);
    jobs.delete(job.id);
    res.status(204).end();
  });
  return router;
}
