import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';

/** JSON lines on stdout (Twelve-Factor logs); anything secret-looking is censored should it ever be logged. */
export function createLogger(level = process.env.LOG_LEVEL || 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'contact-center' },
    redact: { paths: ['*.password', '*.token', '*.authorization', '*.cookie', '*.apiToken', '*.clientSecret', '*.secrets'], censor: '[redacted]' },
  };
  // A test reads the lines it would print.
  return destination ? pino(options, destination) : pino(options);
}

/** A load balancer's id is kept when it looks like one, so one request is followed across hops. */
const FORWARDED_ID = /^[\w.:-]{1,128}$/;

/**
 * One log line per request with its id (also answered as `X-Request-Id`), route pattern,
 * status and time. Never the query string, headers or body: they carry tokens and passwords.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const forwarded = req.get('x-request-id');
    const id = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.once('finish', () => {
      logger.info({
        reqId: id,
        method: req.method,
        route: req.route ? `${req.baseUrl}${String(req.route.path)}` : undefined,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        ip: req.ip,
      }, 'request');
    });
    next();
  };
}
