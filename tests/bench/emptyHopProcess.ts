import { createServer } from 'node:http';

/**
 * One hop of issue 18's path with no work in it, to measure what the machine itself adds:
 * with `NEXT_HOP` unset it answers every request with a small JSON body, as a CRM's list would;
 * with `NEXT_HOP` set it asks that hop twice in parallel with `fetch` (as the service asks
 * Salesforce and ServiceNow) and answers once both came back. `/health` answers at once, for
 * `spawnEmulator`'s readiness check.
 */
const next = process.env.NEXT_HOP;
const ANSWER = JSON.stringify({ result: [{ sys_id: '0'.repeat(32), name: 'Maria García', mobile_phone: '+14155551000' }] });

const askNext = async (path: string, body: string) => (await fetch(`${next}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).json();

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const answer = (text: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    if (!next || req.url === '/health') return answer(ANSWER);
    Promise.all([askNext('/salesforce', body), askNext('/servicenow', body)]).then(
      (both) => answer(JSON.stringify(both)),
      (error: unknown) => res.writeHead(502).end(String(error)),
    );
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
