import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Paths no emulated part answers: JSON, never an HTML page. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: 'not_found', message: `No route for ${req.method} ${req.path}` });
};

/**
 * The last line of defence: whatever a part throws becomes a JSON answer and the process
 * lives on. Parts answer their own vendor's error shape before it reaches here.
 */
export const lastResortErrors: ErrorRequestHandler = (err, req, res, _next) => {
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
  if (status >= 500) console.error(`[emulator] ${req.method} ${req.originalUrl}:`, err);
  if (res.headersSent) return;
  res.status(status).json({
    error: status >= 500 ? 'internal_error' : 'bad_request',
    message: status >= 500 ? 'The emulator could not handle this request.' : String(err?.message ?? 'Bad request'),
  });
};
