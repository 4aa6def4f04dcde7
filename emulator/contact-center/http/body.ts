import express, { type NextFunction, type Request, type Response } from 'express';
import { sendError } from './respond';

const parseJson = express.json({ limit: '256kb' });

/** JSON bodies; broken or oversized JSON is a 400/413 in the API's own shape. */
export function jsonBody(req: Request, res: Response, next: NextFunction) {
  parseJson(req, res, (error?: unknown) => {
    if (!error) return next();
    const status = (error as { status?: number }).status === 413 ? 413 : 400;
    sendError(res, status, status === 413 ? 'payload_too_large' : 'invalid_json', { message: (error as Error).message });
  });
}
