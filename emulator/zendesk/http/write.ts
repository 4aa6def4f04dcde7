import type { Request, Response } from 'express';
import { RecordInvalid, sendInvalid } from './errors';

/** Runs a write handler; a validation failure becomes Zendesk's 422 `RecordInvalid`. */
export function write(handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof RecordInvalid) return sendInvalid(res, error);
      throw error;
    }
  };
}
