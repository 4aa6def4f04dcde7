import type { Request, Response } from 'express';
import { XMLParser } from 'fast-xml-parser';

/**
 * Bulk API (1.0) speaks XML by default and JSON when the job is created with JSON; errors are
 * `<error><exceptionCode/><exceptionMessage/></error>` (or `{exceptionCode, exceptionMessage}`).
 * https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/asynch_api_reference_errors.htm
 */
const NS = 'http://www.force.com/2009/06/asyncapi/dataload';
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, removeNSPrefix: true });

export class AsyncApiError extends Error {
  constructor(
    readonly exceptionCode: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => element(k, v)).join('')}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

/** `<root xmlns=...>fields</root>` with the declaration the API sends. */
export function toXml(root: string, fields: Record<string, unknown>): string {
  const inner = Object.entries(fields).map(([k, v]) => element(k, v)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${NS}">${inner}</${root}>`;
}

export const wantsJson = (req: Request) => /json/i.test(req.get('content-type') ?? '') || /^application\/json/i.test(req.get('accept') ?? '');

/** Sends a resource in the format the client speaks. */
export function send(res: Response, json: boolean, root: string, fields: Record<string, unknown>, status = 200): void {
  if (json) res.status(status).json(fields);
  else res.status(status).type('application/xml').send(toXml(root, fields));
}

export function sendAsyncError(res: Response, json: boolean, error: AsyncApiError): void {
  send(res, json, 'error', { exceptionCode: error.exceptionCode, exceptionMessage: error.message }, error.status);
}

/** The fields of a `<jobInfo>` request (XML or JSON). */
export function readJobInfo(req: Request): Record<string, string> {
  const text = typeof req.body === 'string' ? req.body : '';
  try {
    if (wantsJson(req)) return JSON.parse(text) as Record<string, string>;
    const parsed = parser.parse(text) as { jobInfo?: Record<string, string> };
    if (!parsed.jobInfo) throw new Error('no jobInfo element');
    return parsed.jobInfo;
  } catch (error) {
    throw new AsyncApiError('InvalidXML', `Unable to parse the job: ${(error as Error).message}`);
  }
}
