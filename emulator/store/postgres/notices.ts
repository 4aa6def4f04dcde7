import pg from 'pg';

/** NOTIFY reaches only sessions of the same database: one channel name serves every database. */
export const CHANNEL = 'customer_card';
/** PostgreSQL refuses payloads from 8000 bytes on; larger notices are stored and sent by reference. */
const MAX_PAYLOAD_BYTES = 7_000;

export type Notice =
  /** Rows a save wrote or deleted: the others reload them. */
  | { kind: 'rows'; from: string; changes: { namespace: string; keys: string[] }[] }
  /** An instance's own marker: once it comes back, everything committed before it has come too. */
  | { kind: 'sync'; from: string; token: string }
  | { kind: 'message'; from: string; topic: string; message: unknown };

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Sends a notice; inside a transaction it leaves only if the transaction commits. */
export async function sendNotice(db: Queryable, notice: Notice): Promise<void> {
  let payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
    const stored = await db.query<{ id: string }>('INSERT INTO store_notices (payload) VALUES ($1) RETURNING id', [payload]);
    payload = JSON.stringify({ ref: stored.rows[0].id });
  }
  await db.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
}

/** Stored notices are read within moments; an hour keeps them for a slow reader and no longer. */
export const forgetOldNotices = (db: Queryable) => db.query("DELETE FROM store_notices WHERE at < now() - interval '1 hour'");

/**
 * One connection that LISTENs and hands each notice on, one at a time and in commit order
 * (PostgreSQL delivers notifications in the order their transactions committed).
 */
export async function listenForNotices(url: string, pool: Queryable, handle: (notice: Notice) => Promise<void>, onLost: (error: Error) => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url, application_name: 'customer-card-listener' });
  await client.connect();
  let chain = Promise.resolve();
  let closing = false;
  client.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const payload = message.payload;
    chain = chain
      .then(async () => {
        let notice = JSON.parse(payload) as Notice | { ref: string };
        if ('ref' in notice) {
          const stored = await pool.query<{ payload: Notice }>('SELECT payload FROM store_notices WHERE id = $1', [notice.ref]);
          if (!stored.rows[0]) return;
          notice = stored.rows[0].payload;
        }
        await handle(notice);
      })
      .catch((error: unknown) => lose(error as Error));
  });
  let lost = false;
  const lose = (error: Error) => {
    if (closing || lost) return;
    lost = true;
    onLost(error);
  };
  client.on('error', lose);
  client.on('end', () => lose(new Error('the listening connection ended')));
  await client.query(`LISTEN ${CHANNEL}`);
  return async () => {
    closing = true;
    await chain;
    await client.end().catch(() => undefined);
  };
}
