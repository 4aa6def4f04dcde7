import type { Response } from 'express';

/**
 * Zendesk's error bodies. Not found and validation shapes as the Support API documents
 * them (https://developer.zendesk.com/api-reference/introduction/requests/#response-format
 * and observed `RecordInvalid` answers, e.g. zendesk/zendesk_api_client_rb#477).
 */
export interface FieldError {
  description: string;
  error?: string;
}

export type ValidationDetails = Record<string, FieldError[]>;

export class RecordInvalid extends Error {
  constructor(readonly details: ValidationDetails) {
    super('Record validation errors');
  }
}

export function fieldError(field: string, description: string, error?: string): RecordInvalid {
  return new RecordInvalid({ [field]: [error ? { description, error } : { description }] });
}

export function sendNotFound(res: Response): void {
  res.status(404).json({ error: 'RecordNotFound', description: 'Not found' });
}

export function sendInvalid(res: Response, error: RecordInvalid): void {
  res.status(422).json({ error: 'RecordInvalid', description: 'Record validation errors', details: error.details });
}

export function sendUnauthorized(res: Response): void {
  res.status(401).json({ error: "Couldn't authenticate you" });
}

/** A caller who is known but not allowed, e.g. an OAuth token without the needed scope. */
export function sendForbidden(res: Response, description = 'You do not have access to this page. Please contact the account owner of this help desk for further help.'): void {
  res.status(403).json({ error: 'Forbidden', description });
}

/** Errors that are not about one record, e.g. a bad parameter. */
export function sendError(res: Response, status: number, error: string, description: string): void {
  res.status(status).json({ error, description });
}
