import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface Received {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP server standing in for the integration a webhook calls. It answers each
 * request with the next status in `statuses` (then 200) and keeps what it received.
 */
export async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiting: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
      waiting.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/zendesk`,
    received,
    /** Resolves once `count` requests arrived, or rejects after `ms`. */
    async until(count: number, ms = 5000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The check Zendesk documents for receivers: base64(HMAC-SHA256(secret, timestamp + body)). */
export function validSignature(request: Received, secret: string): boolean {
  const timestamp = String(request.headers['x-zendesk-webhook-signature-timestamp'] ?? '');
  const sent = Buffer.from(String(request.headers['x-zendesk-webhook-signature'] ?? ''));
  const expected = Buffer.from(createHmac('sha256', secret).update(timestamp + request.body).digest('base64'));
  return timestamp !== '' && sent.length === expected.length && timingSafeEqual(sent, expected);
}
