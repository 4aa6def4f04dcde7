import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Request, RequestHandler } from 'express';

export interface InProcessRequest {
  method: string;
  /** A path on this origin, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What the request's handlers find in `res.locals` from the start: the batch's already-checked user, say. Only with a handler. */
  locals?: Record<string, unknown>;
}

export interface InProcessAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

type Chunk = string | Buffer | Uint8Array | null | undefined;

/**
 * A batch's subrequest served by the same app, as the vendors run them inside their servers: the
 * middleware chain (sign-in, limits, routing) on a request that never touches a socket, so a
 * batch costs one HTTP round trip and not one per item. `handler` (a vendor's own router) spares
 * the walk through every other emulated part's routes; without it the whole app serves it.
 */
export function dispatch(outer: Request, request: InProcessRequest, handler?: RequestHandler): Promise<InProcessAnswer> {
  // A socket never connected: its address is the batch's caller's, and it never reads or writes.
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: outer.socket.remoteAddress });
  const req = new IncomingMessage(socket);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  req.method = request.method;
  req.url = request.url;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  req.httpVersion = '1.1';
  req.headers = { host: outer.get('host') ?? 'localhost', ...Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])) };
  if (body) req.headers['content-length'] = String(body.length);
  req.rawHeaders = Object.entries(req.headers).flatMap(([k, v]) => [k, String(v)]);
  if (body) req.push(body);
  req.push(null);

  const res = new ServerResponse(req);
  const chunks: Buffer[] = [];
  const collect = (chunk: Chunk, encoding?: unknown) => {
    if (chunk === null || chunk === undefined || typeof chunk === 'function') return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk));
  };
  return new Promise((resolve, reject) => {
    res.write = ((chunk: Chunk, encoding?: unknown) => {
      collect(chunk, encoding);
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: Chunk, encoding?: unknown) => {
      collect(chunk, encoding);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
      // What a socket's response would do: mark it sent, then tell the listeners (request timing, recently viewed).
      Object.defineProperty(res, 'writableEnded', { value: true });
      Object.defineProperty(res, 'headersSent', { value: true });
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      res.emit('finish');
      res.emit('close');
      return res;
    }) as typeof res.end;
    try {
      if (handler) serveWith(handler, outer, req, res, reject, request.locals);
      else (outer.app as unknown as (req: IncomingMessage, res: ServerResponse) => void)(req, res);
    } catch (error) {
      reject(error as Error);
    }
  });
}

/** What Express's app does before its router (request and response helpers, `res.locals`), then `handler`; what it leaves unanswered is an error. */
function serveWith(handler: RequestHandler, outer: Request, req: IncomingMessage, res: ServerResponse, reject: (error: Error) => void, locals: Record<string, unknown> = {}) {
  Object.setPrototypeOf(req, Object.getPrototypeOf(outer) as object);
  Object.setPrototypeOf(res, Object.getPrototypeOf(outer.res) as object);
  Object.assign(req, { res });
  Object.assign(res, { req, locals: Object.assign(Object.create(null) as object, locals) });
  handler(req as Request, res as never, (error?: unknown) => reject(error instanceof Error ? error : new Error(`${req.method} ${req.url} was not answered`)));
}
