/** One page of an incremental export (§8.1). */
export interface ExportPage<T> {
  items: T[];
  /** Where the next call starts (store it to resume after a restart); null when the CRM gave none, so the same start is used again. */
  cursor: string | null;
  /** True when the export caught up with the present. */
  end: boolean;
}

/** Where an export starts: a moment for the first run, then the cursor the last page returned. */
export type ExportStart = { since: Date } | { cursor: string };

/** How much one page may hold; the CRM may answer fewer (a smaller page redoes less after a crash). */
export interface ExportOptions {
  perPage?: number;
}
