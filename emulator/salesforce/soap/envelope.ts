import { XMLParser } from 'fast-xml-parser';
import { SalesforceError } from '../http/errors';

/**
 * SOAP partner API envelopes: what the calls read and how answers and faults are written.
 * Faults are HTTP 500 with `sf:<ExceptionCode>` and a typed detail, as the API sends them.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm
 */
const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: true });

const ENVELOPE_OPEN = '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>';
const ENVELOPE_CLOSE = '</soapenv:Body></soapenv:Envelope>';

export const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
export const tag = (name: string, value: unknown) =>
  value === null || value === undefined ? `<${name} xsi:nil="true"/>` : `<${name}>${escapeXml(String(value))}</${name}>`;

export const envelope = (body: string) => `${ENVELOPE_OPEN}${body}${ENVELOPE_CLOSE}`;

/** `<opResponse><result>…</result>…</opResponse>`, one `result` per item. */
export const response = (operation: string, results: string[]) => envelope(`<${operation}Response>${results.map((r) => `<result>${r}</result>`).join('')}</${operation}Response>`);

export type FaultType = 'LoginFault' | 'UnexpectedErrorFault' | 'InvalidIdFault' | 'InvalidSObjectFault';

export function fault(code: string, message: string, faultType: FaultType = 'UnexpectedErrorFault'): string {
  return envelope(`<soapenv:Fault><faultcode>sf:${code}</faultcode><faultstring>${code}: ${escapeXml(message)}</faultstring><detail><sf:${faultType} xsi:type="sf:${faultType}"><sf:exceptionCode>${code}</sf:exceptionCode><sf:exceptionMessage>${escapeXml(message)}</sf:exceptionMessage></sf:${faultType}></detail></soapenv:Fault>`);
}

/** An error inside a result (`success` false), as `Error` in the partner WSDL. */
export const itemError = (statusCode: string, message: string, fields: string[] = []) =>
  `<errors>${fields.map((f) => tag('fields', f)).join('')}${tag('message', message)}${tag('statusCode', statusCode)}</errors><success>false</success>`;

/** What the record service refused, as a result's error (its first, as the API reports one); anything else is rethrown. */
export function itemErrorOf(error: unknown): string {
  if (!(error instanceof SalesforceError)) throw error;
  const [first] = error.errors;
  return itemError(first.errorCode, first.message, first.fields);
}

export type Node = Record<string, unknown>;

export interface Envelope {
  header: Node;
  body: Node;
}

/** The envelope's header and body, or undefined for anything that is not a SOAP envelope. */
export function parseEnvelope(xml: string): Envelope | undefined {
  try {
    const parsed = parser.parse(xml) as { Envelope?: { Header?: unknown; Body?: unknown } };
    const { Header, Body } = parsed?.Envelope ?? {};
    if (!Body || typeof Body !== 'object') return undefined;
    return { header: Header && typeof Header === 'object' ? (Header as Node) : {}, body: Body as Node };
  } catch {
    return undefined;
  }
}

/** A repeated element as a list (the parser gives one element as a value, several as an array). */
export const many = (value: unknown): unknown[] => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);
export const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);
export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
