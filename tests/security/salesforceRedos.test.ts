import { describe, expect, it } from 'vitest';
import { rejection, useSalesforce } from '../salesforce/connect';

const sf = useSalesforce();

/**
 * Runs `call` while /health is asked in the same moment, five times, and keeps the best times
 * in milliseconds: the machine is shared, and the best run is the one scheduling noise spared.
 * A matcher that backtracks is slow on every run (the old one took over a minute).
 */
async function timedWithHealth<T>(call: () => Promise<T>): Promise<{ result: T; callMs: number; healthMs: number }> {
  let best: { result: T; callMs: number; healthMs: number } | undefined;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const health = fetch(`${sf.emulator.url}/health`).then((res) => {
      expect(res.status).toBe(200);
      return performance.now() - started;
    });
    const result = await call();
    const callMs = performance.now() - started;
    const healthMs = await health;
    best = { result, callMs: Math.min(callMs, best?.callMs ?? Infinity), healthMs: Math.min(healthMs, best?.healthMs ?? Infinity) };
  }
  return best!;
}

describe('Salesforce pattern matching cannot freeze the server (issue 23, findings 1 and 7)', () => {
  it('answers LIKE with a dozen wildcards in under 100 ms while /health answers', async () => {
    // A long address makes a backtracking matcher try every split of it between the wildcards.
    await sf.conn.sobject('Contact').create({ LastName: 'Długosz', Email: 'aleksandra.dlugosz-wisniewska.marketing@acme.example' });
    const { result, callMs, healthMs } = await timedWithHealth(async () => sf.conn.query("SELECT Id FROM Contact WHERE Email LIKE '%%%%%%%%%%%%!'"));
    expect(result.totalSize).toBe(0);
    expect(callMs).toBeLessThan(100);
    expect(healthMs).toBeLessThan(100);
  });

  it('still matches LIKE patterns with runs, single wildcards and escapes', async () => {
    const emails = async (where: string) => (await sf.conn.query<{ Email: string }>(`SELECT Email FROM Contact WHERE ${where}`)).records.map((r) => r.Email);
    expect(await emails("Email LIKE 'aleksandra.%-wisniewska%@acme._xample'")).toEqual(['aleksandra.dlugosz-wisniewska.marketing@acme.example']);
    expect(await emails("Email LIKE '%%dlugosz%%%market%%'")).toHaveLength(1);
    expect(await emails("Email LIKE 'aleksandra\\_%'")).toEqual([]);
  });

  it('refuses a filter string over the documented 4,000 characters', async () => {
    const error = await rejection((async () => sf.conn.query(`SELECT Id FROM Contact WHERE Email LIKE '${'%a'.repeat(2001)}'`))());
    expect(error.errorCode).toBe('MALFORMED_QUERY');
  });

  it('answers a SOSL term with a dozen wildcards in under 100 ms while /health answers', async () => {
    await sf.conn.sobject('Contact').create({ LastName: 'Aaltonen', Email: `${'a'.repeat(40)}@acme.example` });
    const { result, callMs, healthMs } = await timedWithHealth(() => sf.conn.search('FIND {a*a*a*a*a*a*a*a*a*a*a*a*b} IN EMAIL FIELDS RETURNING Contact(Id)'));
    expect(result.searchRecords).toEqual([]);
    expect(callMs).toBeLessThan(100);
    expect(healthMs).toBeLessThan(100);
  });

  it('treats escaped wildcards in SOSL as literal characters', async () => {
    const names = async (term: string) => (await sf.conn.search(`FIND {${term}} IN EMAIL FIELDS RETURNING Contact(Name)`)).searchRecords.map((r) => r.Name);
    expect(await names('maria*')).toContain('Maria García');
    expect(await names('maria\\*@acme.example')).toEqual([]);
    expect(await names('mar\\?a.garcia@acme.example')).toEqual([]);
    await sf.conn.sobject('Contact').create({ FirstName: 'Star', LastName: 'Literal', Email: 'maria*@acme.example' });
    expect(await names('maria\\*@acme.example')).toEqual(['Star Literal']);
  });
});
