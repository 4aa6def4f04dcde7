import express, { type NextFunction, type Request, type Response } from 'express';
import { sendError } from './respond';

/** JSON bodies up to a size; broken or oversized JSON is a 400/413 in the API's own shape. */
export function jsonBodyUpTo(limit: string) {
  const parseJson = express.json({ limit });
  return (req: Request, res: Response, next: NextFunction) =>
    parseJson(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status === 413 ? 413 : 400;
      sendError(res, status, status === 413 ? 'payload_too_large' : 'invalid_json', { message: (error as Error).message });
    });
}

/** The API's usual bodies: small. */
export const jsonBody = jsonBodyUpTo('256kb');
