import { SalesforceError } from '../http/errors';
import { makeId } from '../ids/salesforceId';
import { sfDateTime } from '../records/fieldValue';
import type { RecordService } from '../records/recordService';
import { DEFAULT_FORMAT, parseCsv, parseCsvInSlices, type CsvFormat, type CsvTable } from './csv';
import { errorText, prepareIngest, runIngest, type IngestProgress, type IngestSpec } from './runIngest';

/**
 * Bulk API 2.0 ingest jobs: Open (accepting CSV) → UploadComplete → InProgress → JobComplete,
 * or Aborted / Failed. Jobs live in memory, as job data is transient in Salesforce too.
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/bulk_api_2_0_ingest.htm
 */
export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Aborted' | 'Failed';

export interface IngestJob {
  id: string;
  spec: IngestSpec;
  apiVersion: number;
  format: CsvFormat;
  state: JobState;
  createdDate: string;
  systemModstamp: string;
  uploads: Buffer[];
  table?: CsvTable;
  progress: IngestProgress;
  errorMessage?: string;
  processingMs: number;
}

let serial = 0;
/** Job ids carry the key prefix of AsyncApexJob/Bulk jobs (750). */
export const newJobId = (prefix = '750') => makeId(prefix, ++serial);

export function openIngestJob(spec: IngestSpec, apiVersion: number, format: Partial<CsvFormat>): IngestJob {
  const now = sfDateTime(new Date());
  return {
    id: newJobId(), spec, apiVersion, format: { ...DEFAULT_FORMAT, ...format }, state: 'Open', createdDate: now, systemModstamp: now,
    uploads: [], progress: { outcomes: [], processed: 0, failed: 0 }, processingMs: 0,
  };
}

const touch = (job: IngestJob, state: JobState) => Object.assign(job, { state, systemModstamp: sfDateTime(new Date()) });

/** Processes an uploaded job in the background; the job's state tells pollers how far it got. */
export async function processIngestJob(records: RecordService, job: IngestJob, save: () => Promise<void>): Promise<void> {
  touch(job, 'InProgress');
  const started = performance.now();
  try {
    const tables = [];
    for (const text of job.uploads) tables.push(await parseCsvInSlices(text, job.format));
    const columns = tables[0]?.columns ?? [];
    job.table = { columns, rows: tables.flatMap((t) => t.rows) };
    const targets = prepareIngest(records, job.spec, job.table);
    await runIngest(records, job.spec, job.table, targets, job.progress, () => job.state === 'Aborted');
    await save();
    if (job.state === 'InProgress') touch(job, 'JobComplete');
  } catch (error) {
    job.errorMessage = error instanceof SalesforceError ? error.errors[0].message : `InvalidBatch : ${error instanceof Error ? error.message : String(error)}`;
    touch(job, 'Failed');
  } finally {
    job.processingMs = Math.round(performance.now() - started);
  }
}

/** The job info resource; the counts and timings once processing started. */
export function ingestJobInfo(job: IngestJob, detail: boolean) {
  const { spec, format } = job;
  return {
    id: job.id, operation: spec.operation, object: spec.object, createdById: spec.userId, createdDate: job.createdDate,
    systemModstamp: job.systemModstamp, state: job.state, ...(spec.externalIdFieldName ? { externalIdFieldName: spec.externalIdFieldName } : {}),
    concurrencyMode: 'Parallel', contentType: 'CSV', apiVersion: job.apiVersion, jobType: 'V2Ingest',
    contentUrl: `services/data/v${job.apiVersion.toFixed(1)}/jobs/ingest/${job.id}/batches`, lineEnding: format.lineEnding, columnDelimiter: format.columnDelimiter,
    ...(detail ? {
      numberRecordsProcessed: job.progress.processed, numberRecordsFailed: job.progress.failed, retries: 0,
      totalProcessingTime: job.processingMs, apiActiveProcessingTime: job.processingMs, apexProcessingTime: 0,
      ...(job.errorMessage ? { errorMessage: job.errorMessage } : {}),
    } : {}),
  };
}

/** successfulResults, failedResults and unprocessedrecords as tables, with the uploaded columns echoed. */
export function ingestResults(job: IngestJob, kind: 'successful' | 'failed' | 'unprocessed'): { columns: string[]; rows: unknown[][] } {
  const columns = job.table?.columns ?? parseCsv(job.uploads[0] ?? '', job.format).columns;
  const outcomes = job.progress.outcomes;
  if (kind === 'successful') return { columns: ['sf__Id', 'sf__Created', ...columns], rows: outcomes.flatMap((o) => (o.error ? [] : [[o.id, o.created, ...o.row]])) };
  if (kind === 'failed') return { columns: ['sf__Id', 'sf__Error', ...columns], rows: outcomes.flatMap((o) => (o.error ? [[o.id, errorText(o.error), ...o.row]] : [])) };
  const rows = job.table ? job.table.rows.slice(outcomes.length) : job.uploads.flatMap((text) => parseCsv(text, job.format).rows);
  return { columns, rows };
}
