import type { RecordService } from '../../records/recordService';
import { parseCsv, toCsv, type CsvTable } from '../csv';
import { newJobId } from '../ingestJobs';
import { runBulkQuery, type QueryTable } from '../queryRows';
import { errorText, prepareIngest, runIngest, type IngestProgress, type IngestSpec, type Operation } from '../runIngest';

/**
 * Bulk API 1.0: a job (Open → Closed, or Aborted) holds batches, each processed as it
 * arrives: Queued → InProgress → Completed, Failed, or NotProcessed when the job was aborted.
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/asynch_api_batches_intro.htm
 */
export type V1Operation = Operation | 'query' | 'queryAll';

export interface V1Job {
  id: string;
  operation: V1Operation;
  object: string;
  externalIdFieldName?: string;
  contentType: 'CSV' | 'JSON';
  userId: string;
  apiVersion: string;
  state: 'Open' | 'Closed' | 'Aborted';
  createdDate: string;
  systemModstamp: string;
  batches: V1Batch[];
}

export interface V1Batch {
  id: string;
  jobId: string;
  state: 'Queued' | 'InProgress' | 'Completed' | 'Failed' | 'NotProcessed';
  stateMessage?: string;
  createdDate: string;
  systemModstamp: string;
  request: string;
  progress: IngestProgress;
  query?: { resultId: string; table: QueryTable };
  processingMs: number;
}

/** Bulk 1.0 writes dates as ISO 8601 with milliseconds and `Z`. */
export const now = () => new Date().toISOString();

export function newV1Job(init: Omit<V1Job, 'id' | 'state' | 'createdDate' | 'systemModstamp' | 'batches'>): V1Job {
  const created = now();
  return { ...init, id: newJobId(), state: 'Open', createdDate: created, systemModstamp: created, batches: [] };
}

export function newBatch(job: V1Job, request: string): V1Batch {
  const created = now();
  const batch: V1Batch = { id: newJobId('751'), jobId: job.id, state: 'Queued', createdDate: created, systemModstamp: created, request, progress: { outcomes: [], processed: 0, failed: 0 }, processingMs: 0 };
  job.batches.push(batch);
  return batch;
}

/** JSON batches are arrays of records; they become the same table a CSV batch gives. */
function tableOf(job: V1Job, request: string): CsvTable {
  if (job.contentType === 'CSV') return parseCsv(request);
  const list = JSON.parse(request) as Record<string, unknown>[];
  if (!Array.isArray(list)) throw new Error('A JSON batch must be an array of records');
  const columns = [...new Set(list.flatMap((r) => Object.keys(r).filter((k) => k !== 'attributes')))];
  return { columns, rows: list.map((r) => columns.map((c) => (r[c] === null ? '#N/A' : r[c] === undefined ? '' : String(r[c])))) };
}

export async function processBatch(records: RecordService, save: () => Promise<void>, job: V1Job, batch: V1Batch): Promise<void> {
  const started = performance.now();
  batch.state = 'InProgress';
  try {
    if (job.operation === 'query' || job.operation === 'queryAll') {
      batch.query = { resultId: newJobId('752'), table: runBulkQuery(batch.request, records.store, job.operation === 'queryAll') };
      batch.progress.processed = batch.query.table.rows.length;
    } else {
      const spec: IngestSpec = { object: job.object, operation: job.operation, externalIdFieldName: job.externalIdFieldName, userId: job.userId };
      const table = tableOf(job, batch.request);
      await runIngest(records, spec, table, prepareIngest(records, spec, table), batch.progress, () => job.state === 'Aborted');
      await save();
    }
    batch.state = job.state === 'Aborted' && batch.progress.processed === 0 ? 'NotProcessed' : 'Completed';
  } catch (error) {
    batch.state = 'Failed';
    batch.stateMessage = error instanceof Error ? error.message.replace(/^InvalidBatch: /, '') : String(error);
  }
  batch.processingMs = Math.round(performance.now() - started);
  batch.systemModstamp = now();
}

export function batchInfo(batch: V1Batch) {
  return {
    id: batch.id, jobId: batch.jobId, state: batch.state, ...(batch.stateMessage ? { stateMessage: batch.stateMessage } : {}),
    createdDate: batch.createdDate, systemModstamp: batch.systemModstamp, numberRecordsProcessed: batch.progress.processed,
    numberRecordsFailed: batch.progress.failed, totalProcessingTime: batch.processingMs, apiActiveProcessingTime: batch.processingMs, apexProcessingTime: 0,
  };
}

export function jobInfo(job: V1Job) {
  const count = (state: V1Batch['state']) => job.batches.filter((b) => b.state === state).length;
  const sum = (pick: (b: V1Batch) => number) => job.batches.reduce((total, b) => total + pick(b), 0);
  return {
    id: job.id, operation: job.operation, object: job.object, createdById: job.userId, createdDate: job.createdDate, systemModstamp: job.systemModstamp,
    state: job.state, ...(job.externalIdFieldName ? { externalIdFieldName: job.externalIdFieldName } : {}), concurrencyMode: 'Parallel', contentType: job.contentType,
    numberBatchesQueued: count('Queued'), numberBatchesInProgress: count('InProgress'), numberBatchesCompleted: count('Completed'),
    numberBatchesFailed: count('Failed'), numberBatchesTotal: job.batches.length, numberRecordsProcessed: sum((b) => b.progress.processed),
    numberRetries: 0, apiVersion: job.apiVersion, numberRecordsFailed: sum((b) => b.progress.failed), totalProcessingTime: sum((b) => b.processingMs),
    apiActiveProcessingTime: sum((b) => b.processingMs), apexProcessingTime: 0,
  };
}

/** A DML batch's result: one row per record in upload order, `Id,Success,Created,Error`. */
export function dmlResultCsv(batch: V1Batch): string {
  return toCsv(['Id', 'Success', 'Created', 'Error'], batch.progress.outcomes.map((o) => [o.id, !o.error, o.created, o.error ? errorText(o.error) : '']));
}

/** The same result for a JSON job: SaveResult-like objects. */
export function dmlResultJson(batch: V1Batch) {
  return batch.progress.outcomes.map((o) => ({
    id: o.id || null, success: !o.error, created: o.created,
    errors: o.error ? [{ statusCode: o.error.errorCode, message: o.error.message, fields: o.error.fields }] : [],
  }));
}
