import type { Pool } from 'pg';

/** The sequence's step (migration 002): each instance takes this many ids at a time. */
const BLOCK = 10_000;

/**
 * Ids no two instances share, handed out synchronously (an id is made in the middle of a
 * request): each instance reserves a block from one PostgreSQL sequence and the next block
 * while half of the current one is left.
 */
export async function idBlocks(pool: Pool, onError: (error: Error) => void): Promise<() => number> {
  const reserve = async () => Number((await pool.query<{ start: string }>("SELECT nextval('store_id_blocks') AS start")).rows[0].start);
  let next = await reserve();
  let end = next + BLOCK - 1;
  let spare: number | null = null;
  let reserving = false;
  return () => {
    if (next > end) {
      if (spare === null) throw new Error('ids ran out before the next block of ids was reserved');
      next = spare;
      end = spare + BLOCK - 1;
      spare = null;
    }
    if (spare === null && !reserving && end - next < BLOCK / 2) {
      reserving = true;
      reserve().then(
        (start) => {
          spare = start;
          reserving = false;
        },
        (error: Error) => {
          reserving = false;
          onError(error);
        },
      );
    }
    return next++;
  };
}
