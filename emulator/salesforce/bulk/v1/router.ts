import express, { Router, type Request, type Response } from 'express';
import type { Store } from '../../../store/store';
import { verifySession } from '../../auth/sessions';
import type { RecordService } from '../../records/recordService';
import { isMatchKey } from '../../records/matchKey';
import { SfQueryError } from '../../query';
import { toCsv } from '../csv';
import { queryObject } from '../queryRows';
import { OPERATIONS } from '../runIngest';
import { AsyncApiError, readJobInfo, send, sendAsyncError, toXml, wantsJson } from './asyncBody';
import { batchInfo, dmlResultCsv, dmlResultJson, jobInfo, newBatch, newV1Job, now, processBatch, type V1Job, type V1Operation } from './jobs';

const V1_OPERATIONS: readonly string[] = [...OPERATIONS, 'query', 'queryAll'];
const body = express.text({ type: () => true, limit: '10mb' });

/**
 * Bulk API 1.0 at `/services/async/{version}/job`: what jsforce's `bulk.load` and its
 * fallback for `find().update()` / `destroy()` above 200 records call. The session comes in
 * `X-SFDC-SESSION`. https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/asynch_api_reference.htm
 */
export function bulkV1Router(store: Store, records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  const jobs = new Map<string, V1Job>();

  const handle = (action: (req: Request, res: Response, userId: string) => void) => (req: Request, res: Response) => {
    try {
      const session = verifySession(store, req.get('x-sfdc-session') ?? /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1]);
      if (!session) throw new AsyncApiError('InvalidSessionId', 'Invalid session id');
      action(req, res, session.userId);
    } catch (error) {
      if (!(error instanceof AsyncApiError)) throw error;
      sendAsyncError(res, wantsJson(req), error);
    }
  };
  const jobOf = (req: Request) => {
    const job = jobs.get(String(req.params.jobId));
    if (!job) throw new AsyncApiError('InvalidJob', `Invalid job id: ${String(req.params.jobId)}`);
    return job;
  };
  const batchOf = (req: Request) => {
    const job = jobOf(req);
    const batch = job.batches.find((b) => b.id === req.params.batchId);
    if (!batch) throw new AsyncApiError('InvalidBatch', `Invalid batch id: ${String(req.params.batchId)}`);
    return { job, batch };
  };
  const json = (job: V1Job) => job.contentType === 'JSON';

  router.post('/job', body, handle((req, res, userId) => {
    const info = readJobInfo(req);
    if (!V1_OPERATIONS.includes(info.operation)) throw new AsyncApiError('InvalidJob', `Invalid operation: ${info.operation}`);
    const schema = records.store.schema(String(info.object ?? ''));
    if (!schema) throw new AsyncApiError('InvalidJob', `Unable to find object: ${info.object}`);
    if (info.operation === 'upsert') {
      const key = info.externalIdFieldName ? records.store.registry.field(schema.name, info.externalIdFieldName) : undefined;
      if (!info.externalIdFieldName) throw new AsyncApiError('InvalidJob', `External ID was blank for ${schema.name}. An External ID must be specified for upsert.`);
      if (!key || !isMatchKey(key)) throw new AsyncApiError('InvalidJob', `Field name provided, ${info.externalIdFieldName.toLowerCase()} does not match an External ID, Salesforce Id, or indexed field for ${schema.name}`);
    }
    const contentType = String(info.contentType ?? (wantsJson(req) ? 'JSON' : 'CSV')).toUpperCase() === 'JSON' ? 'JSON' : 'CSV';
    const job = newV1Job({
      operation: info.operation as V1Operation, object: schema.name, externalIdFieldName: info.externalIdFieldName, contentType, userId,
      apiVersion: String((req.params as Record<string, string>).version),
    });
    jobs.set(job.id, job);
    send(res, json(job), 'jobInfo', jobInfo(job), 201);
  }));

  router.get('/job/:jobId', handle((req, res) => {
    const job = jobOf(req);
    send(res, json(job), 'jobInfo', jobInfo(job));
  }));

  router.post('/job/:jobId', body, handle((req, res) => {
    const job = jobOf(req);
    const { state } = readJobInfo(req);
    if (state !== 'Closed' && state !== 'Aborted') throw new AsyncApiError('InvalidJobState', `Invalid state: ${state}`);
    if (job.state !== 'Open') throw new AsyncApiError('InvalidJobState', `Job ${job.id} is ${job.state}, not Open`);
    job.state = state;
    job.systemModstamp = now();
    if (state === 'Aborted') for (const batch of job.batches) if (batch.state === 'Queued') batch.state = 'NotProcessed';
    send(res, json(job), 'jobInfo', jobInfo(job));
  }));

  router.post('/job/:jobId/batch', body, handle((req, res) => {
    const job = jobOf(req);
    if (job.state !== 'Open') throw new AsyncApiError('InvalidJobState', `Job ${job.id} is ${job.state}; batches can be added only to an Open job`);
    const request = typeof req.body === 'string' ? req.body : '';
    if (job.operation === 'query' || job.operation === 'queryAll') {
      try {
        queryObject(request, records.store);
      } catch (error) {
        if (error instanceof SfQueryError) throw new AsyncApiError('InvalidBatch', error.message);
        throw error;
      }
    }
    const batch = newBatch(job, request);
    setImmediate(() => {
      if (batch.state === 'Queued') void processBatch(records, save, job, batch);
    });
    send(res, json(job), 'batchInfo', batchInfo(batch), 201);
  }));

  router.get('/job/:jobId/batch', handle((req, res) => {
    const job = jobOf(req);
    if (json(job)) res.json({ batchInfo: job.batches.map(batchInfo) });
    else res.type('application/xml').send(toXml('batchInfoList', { batchInfo: job.batches.map(batchInfo) }));
  }));

  router.get('/job/:jobId/batch/:batchId', handle((req, res) => {
    const { job, batch } = batchOf(req);
    send(res, json(job), 'batchInfo', batchInfo(batch));
  }));

  router.get('/job/:jobId/batch/:batchId/request', handle((req, res) => {
    const { job, batch } = batchOf(req);
    res.type(json(job) ? 'application/json' : job.operation.startsWith('query') ? 'text/plain' : 'text/csv').send(batch.request);
  }));

  router.get('/job/:jobId/batch/:batchId/result', handle((req, res) => {
    const { job, batch } = batchOf(req);
    if (batch.state !== 'Completed') throw new AsyncApiError('InvalidBatch', `Batch not completed`);
    if (batch.query) {
      if (json(job)) res.json([batch.query.resultId]);
      else res.type('application/xml').send(toXml('result-list', { result: [batch.query.resultId] }));
    } else if (json(job)) res.json(dmlResultJson(batch));
    else res.type('text/csv').send(dmlResultCsv(batch));
  }));

  router.get('/job/:jobId/batch/:batchId/result/:resultId', handle((req, res) => {
    const { job, batch } = batchOf(req);
    if (!batch.query || batch.query.resultId !== req.params.resultId) throw new AsyncApiError('InvalidBatch', `Invalid result id: ${String(req.params.resultId)}`);
    const { columns, rows } = batch.query.table;
    if (json(job)) res.json(rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] === '' ? null : row[i]]))));
    else res.type('text/csv').send(toCsv(columns, rows));
  }));
  return router;
}
