import express, { type NextFunction, type Request, type Response } from 'express';
import { isCrm, type CrmRecordRef } from '../../../shared';
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

/** The body as a plain object (empty when the client sent none or an array). */
export function bodyOf(req: Request): Record<string, unknown> {
  const body = req.body as unknown;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** A required non-empty string field, at most `max` characters. */
export function stringField(body: Record<string, unknown>, name: string, max = 1000): string | { error: string } {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') return { error: `${name} is required and must be a non-empty string.` };
  if (value.length > max) return { error: `${name} must be at most ${max} characters.` };
  return value.trim();
}

export function optionalString(body: Record<string, unknown>, name: string, max = 1000): string | undefined | { error: string } {
  if (body[name] === undefined || body[name] === null || body[name] === '') return undefined;
  return stringField(body, name, max);
}

export const isFieldError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && 'error' in value;

/** A CRM record reference `{crm, object, id}` from the body, or the reason it is not one. */
export function recordRefField(body: Record<string, unknown>): CrmRecordRef | { error: string } {
  if (!isCrm(body.crm)) return { error: 'crm must be salesforce, servicenow or zendesk.' };
  const object = stringField(body, 'object', 80);
  if (isFieldError(object)) return object;
  const id = stringField(body, 'id', 64);
  if (isFieldError(id)) return id;
  return { crm: body.crm, object, id };
}
