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

/** Parses an upload; a malformed file throws with csv-parse's message. */
export function parseCsv(text: string, format: CsvFormat = DEFAULT_FORMAT): CsvTable {
  const records = parse(text.replace(/^\uFEFF/, ''), { delimiter: DELIMITERS[format.columnDelimiter] ?? ',', relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [columns = [], ...rows] = records;
  return { columns: columns.map((c) => c.trim()), rows };
}

/** Writes a table with a header row; every value quoted, as the Bulk API writes its results. */
export function toCsv(columns: string[], rows: (string | number | boolean | null | undefined)[][], format: CsvFormat = DEFAULT_FORMAT): string {
  if (columns.length === 0) return '';
  return stringify([columns, ...rows.map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))))], {
    delimiter: DELIMITERS[format.columnDelimiter] ?? ',',
    record_delimiter: LINE_ENDINGS[format.lineEnding] ?? '\n',
    quoted: true,
    quoted_empty: false,
  });
}
