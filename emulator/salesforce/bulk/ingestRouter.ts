import { Router, type Request, type Response } from 'express';
import { sessionOf } from '../auth/sessions';
import { isRecordBody } from '../http/body';
import { fail } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { isMatchKey } from '../records/matchKey';
import { DELIMITERS, LINE_ENDINGS, writeCsv } from './csv';
import { csvBytes, invalidJob, invalidState, jobJson, jobNotFound } from './bulkErrors';
import { ingestJobInfo, ingestResults, openIngestJob, processIngestJob, type IngestJob } from './ingestJobs';
import { OPERATIONS, type Operation } from './runIngest';

const apiVersionOf = (req: Request) => Number(String((req.params as Record<string, string>).version).slice(1));

/**
 * `/jobs/ingest`: create a job, PUT its CSV to `/batches`, PATCH its state, poll it, read its
 * results, list and delete jobs.
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/create_job.htm
 */
export function ingestRouter(records: RecordService, save: () => Promise<void>, jobs: Map<string, IngestJob>): Router {
  const router = Router({ mergeParams: true });
  const jobOf = (req: Request) => {
    const job = jobs.get(String(req.params.jobId));
    if (!job) throw jobNotFound();
    return job;
  };

  router.post('/ingest', jobJson, (req, res) => {
    const body = isRecordBody(req.body) ? req.body : {};
    const operation = OPERATIONS.find((op) => op === body.operation);
    if (!operation) throw invalidJob(`Invalid operation: ${String(body.operation)}`);
    const schema = records.store.schema(String(body.object ?? ''));
    if (!schema) throw invalidJob(`Unable to find object: ${String(body.object)}`);
    let externalIdFieldName: string | undefined;
    if (operation === 'upsert') {
      if (!body.externalIdFieldName) throw invalidJob(`External ID was blank for ${schema.name}. An External ID must be specified for upsert.`);
      const key = records.store.registry.field(schema.name, String(body.externalIdFieldName));
      if (!key || !isMatchKey(key)) throw invalidJob(`Field name provided, ${String(body.externalIdFieldName).toLowerCase()} does not match an External ID, Salesforce Id, or indexed field for ${schema.name}`);
      externalIdFieldName = key.name;
    }
    const columnDelimiter = String(body.columnDelimiter ?? 'COMMA');
    const lineEnding = String(body.lineEnding ?? 'LF');
    if (!(columnDelimiter in DELIMITERS)) throw invalidJob(`Invalid column delimiter: ${columnDelimiter}`);
    if (!(lineEnding in LINE_ENDINGS)) throw invalidJob(`Invalid line ending: ${lineEnding}`);
    const job = openIngestJob({ object: schema.name, operation: operation as Operation, externalIdFieldName, userId: sessionOf(res.locals).userId }, apiVersionOf(req), { columnDelimiter, lineEnding });
    jobs.set(job.id, job);
    res.status(200).json(ingestJobInfo(job, false));
  });

  router.get('/ingest', (_req, res) => {
    res.json({ done: true, records: [...jobs.values()].map((job) => ingestJobInfo(job, false)), nextRecordsUrl: null });
  });

  router.put('/ingest/:jobId/batches', csvBytes, (req, res) => {
    const job = jobOf(req);
    if (job.state !== 'Open') throw invalidState(`Job ${job.id} is not in state Open; uploads are accepted only while it is`);
    if (!Buffer.isBuffer(req.body) || req.body.toString('utf8', 0, 4096).trim() === '') throw fail(400, 'INVALIDJOB', 'InvalidJob : The CSV upload is empty');
    job.uploads.push(req.body);
    res.status(201).end();
  });

  router.patch('/ingest/:jobId', jobJson, (req, res) => {
    const job = jobOf(req);
    const state = isRecordBody(req.body) ? req.body.state : undefined;
    if (state === 'UploadComplete') {
      if (job.state !== 'Open') throw invalidState(`Job ${job.id} is not Open and cannot be closed`);
      if (job.uploads.length === 0) throw invalidState(`Job ${job.id} has no data uploaded`);
      job.state = 'UploadComplete';
      setImmediate(() => void processIngestJob(records, job, save));
    } else if (state === 'Aborted') {
      if (['JobComplete', 'Failed', 'Aborted'].includes(job.state)) throw invalidState(`Job ${job.id} is already finished (${job.state})`);
      job.state = 'Aborted';
    } else throw invalidJob(`Invalid state: ${String(state)}`);
    res.json(ingestJobInfo(job, false));
  });

  router.get('/ingest/:jobId', (req, res) => {
    res.json(ingestJobInfo(jobOf(req), true));
  });

  const results = (kind: 'successful' | 'failed' | 'unprocessed') => async (req: Request, res: Response) => {
    const { columns, rows } = ingestResults(jobOf(req), kind);
    res.type('text/csv');
    await writeCsv(res, columns, rows, jobOf(req).format);
  };
  router.get('/ingest/:jobId/successfulResults', results('successful'));
  router.get('/ingest/:jobId/failedResults', results('failed'));
  router.get('/ingest/:jobId/unprocessedrecords', results('unprocessed'));

  router.delete('/ingest/:jobId', (req, res) => {
    const job = jobOf(req);
    if (job.state === 'InProgress') throw invalidState(`Job ${job.id} is in progress and cannot be deleted`);
    jobs.delete(job.id);
    res.status(204).end();
  });
  return router;
}
