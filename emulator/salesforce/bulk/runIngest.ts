import { SalesforceError, type SfError } from '../http/errors';
import type { Applied, RecordService } from '../records/recordService';
import { upsertRecord } from '../records/upsert';
import type { CsvTable } from './csv';
import { mapColumns, rowBody, type ColumnTarget } from './rowValues';

export const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface IngestSpec {
  object: string;
  operation: Operation;
  externalIdFieldName?: string;
  userId: string;
}

/** One row's outcome, in the order of the upload. */
export interface RowOutcome {
  row: string[];
  id: string;
  created: boolean;
  /** Absent on success. */
  error?: SfError;
}

export interface IngestProgress {
  outcomes: RowOutcome[];
  processed: number;
  failed: number;
}

/** Longest run of writes before yielding to other requests (Salesforce itself saves bulk rows in chunks of 200). */
const SLICE_MS = 10;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A row's error as the result files carry it, e.g. "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --". */
export const errorText = (error: SfError) => `${error.errorCode}:${error.message}:${error.fields.join(',')} --`;

function rowError(error: unknown): SfError {
  if (!(error instanceof SalesforceError)) throw error;
  return error.errors[0];
}

function writeRow(records: RecordService, spec: IngestSpec, body: Record<string, unknown>): Applied & { created: boolean } {
  const { Id: rawId, ...values } = body;
  const id = typeof rawId === 'string' ? rawId : '';
  switch (spec.operation) {
    case 'insert':
      return { ...records.create(spec.object, body, spec.userId), created: true };
    case 'update':
      if (!id) throw new SalesforceError(400, [{ errorCode: 'MISSING_ARGUMENT', message: 'Id not specified in an update call', fields: [] }]);
      return { ...records.update(spec.object, records.find(spec.object, id).Id, values, spec.userId), created: false };
    case 'upsert': {
      const key = spec.externalIdFieldName ?? 'Id';
      const value = Object.entries(body).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
      return upsertRecord(records, spec.object, key, value, key === 'Id' ? values : body, spec.userId);
    }
    case 'delete':
      return { ...records.remove(spec.object, id, spec.userId), created: false };
    case 'hardDelete':
      return { ...records.hardDelete(spec.object, id), created: false };
  }
}

/** Resolves the header once; throws InvalidBatch for an unknown column before any row is written. */
export function prepareIngest(records: RecordService, spec: IngestSpec, table: CsvTable): ColumnTarget[] {
  return mapColumns(records.store.registry, records.schemaOf(spec.object), table.columns);
}

/**
 * Writes every row through the record rules, yielding to other requests every few
 * milliseconds so that a 100k-row job never blocks the server; stops early (leaving rows unprocessed) when `aborted()` says so.
 */
export async function runIngest(records: RecordService, spec: IngestSpec, table: CsvTable, targets: ColumnTarget[], progress: IngestProgress, aborted: () => boolean): Promise<void> {
  let sliceStart = performance.now();
  for (const row of table.rows) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTick();
      sliceStart = performance.now();
    }
    if (aborted()) return;
    const body = rowBody(targets, row);
    try {
      const done = writeRow(records, spec, body);
      progress.outcomes.push({ row, id: done.id, created: done.created });
    } catch (error) {
      progress.outcomes.push({ row, id: typeof body.Id === 'string' ? body.Id : '', created: false, error: rowError(error) });
      progress.failed++;
    }
    progress.processed++;
  }
}
