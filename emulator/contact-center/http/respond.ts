import type { Response } from 'express';

/** The contact-center API's error shape: `{ error, message?, ...details }`. */
export function sendError(res: Response, status: number, error: string, details: Record<string, unknown> = {}) {
  res.status(status).json({ error, ...details });
}
