import { randomBytes } from 'node:crypto';
import type { Row } from '../soql/project';

interface Cursor {
  records: Row[];
  batchSize: number;
  touched: number;
}

/** Salesforce keeps an inactive query cursor for 15 minutes. */
const idleLimitMs = 15 * 60 * 1000;
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Remaining rows of queries answered in batches, by locator (`01g...-2000`). */
export class QueryCursors {
  private readonly cursors = new Map<string, Cursor>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Keeps the rows and returns the locator id of the cursor. */
  open(records: Row[], batchSize: number): string {
    this.prune();
    const bytes = randomBytes(15);
    const id = `01g${[...bytes].slice(0, 12).map((b) => alphabet[b % alphabet.length]).join('')}`;
    this.cursors.set(id, { records, batchSize, touched: this.clock() });
    return id;
  }

  /** The batch starting at `offset`, or undefined for an unknown or expired locator. */
  read(id: string, offset: number): { records: Row[]; next?: number; total: number } | undefined {
    this.prune();
    const cursor = this.cursors.get(id);
    if (!cursor || !Number.isInteger(offset) || offset < 0 || offset >= cursor.records.length) return undefined;
    cursor.touched = this.clock();
    const end = offset + cursor.batchSize;
    const next = end < cursor.records.length ? end : undefined;
    if (next === undefined) this.cursors.delete(id);
    return { records: cursor.records.slice(offset, end), next, total: cursor.records.length };
  }

  private prune(): void {
    const now = this.clock();
    for (const [id, cursor] of this.cursors) if (now - cursor.touched > idleLimitMs) this.cursors.delete(id);
  }
}
