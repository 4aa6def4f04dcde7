import type { Writable } from 'node:stream';
import { parse as parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * Bulk API CSV: the first row names the fields; `columnDelimiter` and `lineEnding` are the
 * job's. Results echo the uploaded columns after the `sf__` ones.
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/datafiles_prepare_csv.htm
 */
export const DELIMITERS: Record<string, string> = { COMMA: ',', TAB: '\t', PIPE: '|', SEMICOLON: ';', CARET: '^', BACKQUOTE: '`' };
export const LINE_ENDINGS: Record<string, string> = { LF: '\n', CRLF: '\r\n' };

export interface CsvFormat {
  columnDelimiter: string;
  lineEnding: string;
}

export const DEFAULT_FORMAT: CsvFormat = { columnDelimiter: 'COMMA', lineEnding: 'LF' };

export interface CsvTable {
  columns: string[];
  rows: string[][];
}

const parseOptions = (format: CsvFormat) => ({ delimiter: DELIMITERS[format.columnDelimiter] ?? ',', relax_column_count: false, skip_empty_lines: true, bom: true });
const table = ([columns = [], ...rows]: string[][]): CsvTable => ({ columns: columns.map((c) => c.trim()), rows });
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Rows written, and bytes fed to the streaming parser, per turn of the event loop. */
const CHUNK_ROWS = 2000;
const SLICE = 32 * 1024;

/** Parses a small upload (a header, a batch) at once; a malformed file throws with csv-parse's message. */
export function parseCsv(text: string | Buffer, format: CsvFormat = DEFAULT_FORMAT): CsvTable {
  return table(parse(text, parseOptions(format)) as string[][]);
}

/**
 * The same parse for a job's data, fed as bytes in slices between turns of the event loop
 * so that a 150 MB upload never blocks the server (the parser joins characters split across slices).
 */
export async function parseCsvInSlices(data: Buffer, format: CsvFormat = DEFAULT_FORMAT): Promise<CsvTable> {
  const records: string[][] = [];
  let failure: Error | undefined;
  const stream = parser(parseOptions(format));
  stream.on('readable', () => {
    for (let record = stream.read() as string[] | null; record !== null; record = stream.read() as string[] | null) records.push(record);
  });
  const ended = new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('error', (error) => resolve(void (failure = error)));
  });
  for (let start = 0; start < data.length && !failure; start += SLICE) {
    stream.write(data.subarray(start, start + SLICE));
    await nextTick();
  }
  stream.end();
  await ended;
  if (failure) throw failure;
  return table(records);
}

const cells = (row: unknown[]) => row.map((v) => (v === null || v === undefined ? '' : String(v)));
const writeOptions = (format: CsvFormat) => ({ delimiter: DELIMITERS[format.columnDelimiter] ?? ',', record_delimiter: LINE_ENDINGS[format.lineEnding] ?? '\n', quoted: true, quoted_empty: false });

/** Writes a large result to `out` a chunk of rows per turn of the event loop, in `toCsv`'s format. */
export async function writeCsv(out: Writable, columns: string[], rows: unknown[][], format: CsvFormat = DEFAULT_FORMAT): Promise<void> {
  if (columns.length > 0) {
    out.write(stringify([columns], writeOptions(format)));
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      out.write(stringify(rows.slice(start, start + CHUNK_ROWS).map(cells), writeOptions(format)));
      await nextTick();
    }
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

/** Writes a table with a header row; every value quoted, as the Bulk API writes its results. */
export function toCsv(columns: string[], rows: (string | number | boolean | null | undefined)[][], format: CsvFormat = DEFAULT_FORMAT): string {
  if (columns.length === 0) return '';
  return stringify([columns, ...rows.map(cells)], writeOptions(format));
}
