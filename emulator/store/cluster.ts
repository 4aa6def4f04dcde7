import type { Namespace } from './store';
import type { PathStep } from './postgres/entries';

/** One row held by this instance alone until `commit` or `release` (`FOR UPDATE SKIP LOCKED`). */
export interface RowClaim {
  /** Writes these rows as they now are in memory, in the claim's transaction, and lets the row go. */
  commit(paths: PathStep[][]): Promise<void>;
  /** Lets the row go, writing nothing. */
  release(): Promise<void>;
}

/**
 * What several instances on one store share (issue 22): the PostgreSQL adapter has it, the
 * lowdb one (one process) does not. Every save is announced to the other instances, which
 * reload the rows it changed, so their in-memory documents follow within milliseconds.
 */
export interface StoreCluster {
  /** This process's id, in notices and logs. */
  readonly instanceId: string;
  /** Resolves once every change committed before the call is in this instance's memory. */
  sync(): Promise<void>;
  /** Runs `work` while no other instance runs work under the same name, on current data; its saves are committed before the next one starts. */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Sends a message to every other instance's `onMessage(topic)` handlers. */
  broadcast(topic: string, message: unknown): Promise<void>;
  onMessage(topic: string, handler: (message: unknown) => void): void;
  /** A number no instance on this store has handed out before: ids. */
  nextNumber(): number;
  /** The row at `path` (its current value loaded into memory), or null while another instance holds it. */
  claim(namespace: Namespace, path: PathStep[]): Promise<RowClaim | null>;
}
