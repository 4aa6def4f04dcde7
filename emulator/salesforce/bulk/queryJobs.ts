import { sfDateTime } from '../records/fieldValue';
import type { QuerySource } from '../model/types';
import { SfQueryError } from '../query';
import { DEFAULT_FORMAT, type CsvFormat } from './csv';
import { newJobId, type JobState } from './ingestJobs';
import { runBulkQuery, type QueryTable } from './queryRows';

/**
 * Bulk API 2.0 query jobs: created UploadComplete, run in the background, then read in pages
 * whose `Sforce-Locator` header names the next page ("null" after the last).
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/query_create_job.htm
 */
export interface QueryJob {
  id: string;
  operation: 'query' | 'queryAll';
  statement: string;
  object: string;
  userId: string;
  apiVersion: number;
  format: CsvFormat;
  state: JobState;
  createdDate: string;
  systemModstamp: string;
  table?: QueryTable;
  errorMessage?: string;
  processingMs: number;
}

export function openQueryJob(init: Pick<QueryJob, 'operation' | 'statement' | 'object' | 'userId' | 'apiVersion'>, format: Partial<CsvFormat>): QueryJob {
  const now = sfDateTime(new Date());
  return { ...init, id: newJobId(), format: { ...DEFAULT_FORMAT, ...format }, state: 'UploadComplete', createdDate: now, systemModstamp: now, processingMs: 0 };
}

export function processQueryJob(source: QuerySource, job: QueryJob): void {
  if (job.state !== 'UploadComplete') return;
  job.state = 'InProgress';
  const started = performance.now();
  try {
    job.table = runBulkQuery(job.statement, source, job.operation === 'queryAll');
    if (job.state === 'InProgress') job.state = 'JobComplete';
  } catch (error) {
    job.errorMessage = error instanceof SfQueryError ? error.message : String(error);
    job.state = 'Failed';
  }
  job.processingMs = Math.round(performance.now() - started);
  job.systemModstamp = sfDateTime(new Date());
}

export function queryJobInfo(job: QueryJob, detail: boolean) {
  return {
    id: job.id, operation: job.operation, object: job.object, createdById: job.userId, createdDate: job.createdDate, systemModstamp: job.systemModstamp,
    state: job.state, concurrencyMode: 'Parallel', contentType: 'CSV', apiVersion: job.apiVersion, jobType: 'V2Query',
    lineEnding: job.format.lineEnding, columnDelimiter: job.format.columnDelimiter,
    ...(detail ? { numberRecordsProcessed: job.table?.rows.length ?? 0, retries: 0, totalProcessingTime: job.processingMs, ...(job.errorMessage ? { errorMessage: job.errorMessage } : {}) } : {}),
  };
}

/** Locators are the next row offset in base64, as Salesforce's look ("MTAwMDA" is 10000). */
export const encodeLocator = (offset: number) => Buffer.from(String(offset)).toString('base64').replace(/=+$/, '');
export function decodeLocator(locator: string): number | undefined {
  const offset = Number(Buffer.from(locator, 'base64').toString('utf8'));
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
}
