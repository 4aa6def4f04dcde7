import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  /** The first bytes of the body (enough to tell a SOAP fault), or the error when none came. */
  head: string;
  ms: number;
}

// A fresh connection per request: a server may close one after answering early, and a reused one would then fail the next request.
const agent = new Agent({ keepAlive: false });
const MAX_KEPT = 4096;

/** The status `send` answers when the server closed the connection before taking the whole body. */
export const CLOSED_WHILE_SENDING = -2;
const LARGE_BODY = 64 * 1024;

/**
 * Sends any method, header and body (fetch refuses a body on GET and some headers) and answers
 * the status and the start of the body. An event stream is left as soon as its head arrives;
 * a request with no answer within `timeoutMs` answers status 0, one whose large body the server
 * left unread (and so reset the connection) `CLOSED_WHILE_SENDING`.
 */
export function send(url: string, method: string, path: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<Answer> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, head: string) => resolve({ status, head, ms: performance.now() - started });
    // Node refuses to send some bytes in a path or header at all: such a request never reaches a server.
    let req: ReturnType<typeof request>;
    try {
      req = request({ host: hostname, port, path, method, headers, agent, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.destroy();
        return done(status, '');
      }
      let head = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (head.length < MAX_KEPT) head += chunk.slice(0, MAX_KEPT - head.length);
      });
      res.on('end', () => done(status, head));
      res.on('error', (error) => done(status, String(error)));
    });
    } catch (error) {
      return done(-1, String(error));
    }
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A server that answers without reading a large body closes the connection under it (Node's
      // server does), and the reset discards the answer the client had not read yet.
      if ((error.code === 'ECONNRESET' || error.code === 'EPIPE') && body !== undefined && Buffer.byteLength(body) > LARGE_BODY) return done(CLOSED_WHILE_SENDING, String(error));
      done(0, String(error));
    });
    req.end(body);
  });
}

export const closeConnections = () => agent.destroy();
