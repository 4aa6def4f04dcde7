import express, { Router, type ErrorRequestHandler } from 'express';
import { soapLogin, soapLogout } from '../auth/soapLogin';
import type { AuthContext } from '../auth/context';
import { verifySession } from '../auth/sessions';
import type { RecordService } from '../records/recordService';
import { SalesforceError } from '../http/errors';
import { openSalesforceData } from '../records/data';
import { convertLead } from './convertLead';
import { describeTabs } from './describeTabs';
import { emptyRecycleBin } from './emptyRecycleBin';
import { fault, isNode, parseEnvelope, response, textOf } from './envelope';
import { merge } from './merge';
import { getServerTimestamp } from './serverTimestamp';
import { undelete } from './undelete';
import { userInfoXml } from './userInfo';

/**
 * The partner SOAP endpoint, `/services/Soap/u/{version}`: login and logout, and the calls
 * jsforce exposes through `conn.soap` that REST has no twin for: undelete, emptyRecycleBin,
 * merge, convertLead, describeTabs, getServerTimestamp and getUserInfo. Every call but login
 * needs a valid SessionHeader.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_list.htm
 */
type Operation = (records: RecordService, call: Record<string, unknown>, userId: string, origin: string) => string[];
const OPERATIONS: Record<string, Operation> = { undelete, emptyRecycleBin, merge, convertLead, describeTabs, getServerTimestamp };
/** Calls that change nothing: the org is not written after them. */
const READS = new Set(['describeTabs', 'getServerTimestamp', 'getUserInfo']);

export function soapRouter(ctx: AuthContext, records: RecordService, save: () => Promise<void>): Router {
  // The session's user, with the org's id, which the operations above are not given.
  const getUserInfo: Operation = (service, _call, userId) => [userInfoXml(openSalesforceData(ctx.store).data.orgId, service.find('User', userId))];
  const operations: Record<string, Operation> = { ...OPERATIONS, getUserInfo };
  const router = Router();
  router.post(['/services/Soap/u/:version', '/services/Soap/u/:version/:orgId'], express.text({ type: () => true, limit: '100kb' }), async (req, res) => {
    res.type('text/xml');
    const parsed = parseEnvelope(String(req.body ?? ''));
    const [operation] = parsed ? Object.keys(parsed.body) : [];
    if (!parsed || !operation) return res.status(500).send(fault('INVALID_SOAP_HEADER', 'No operation available for request'));
    const call = isNode(parsed.body[operation]) ? parsed.body[operation] : {};
    if (operation === 'login') {
      const answer = await soapLogin(ctx.store, ctx.records, call, String(req.params.version), ctx.selfUrl());
      return res.status(answer.status).send(answer.xml);
    }
    const sessionHeader = isNode(parsed.header.SessionHeader) ? parsed.header.SessionHeader : {};
    const sessionId = textOf(sessionHeader.sessionId);
    if (operation === 'logout') return res.send(await soapLogout(ctx.store, sessionId));
    const session = verifySession(ctx.store, sessionId, ctx.sessionTimeoutMs);
    if (!session) return res.status(500).send(fault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session'));
    const run = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
    if (!run) return res.status(500).send(fault('INVALID_OPERATION', `No operation available for request {urn:partner.soap.sforce.com}${operation}`));
    let results: string[];
    try {
      results = run(records, call, session.userId, ctx.selfUrl());
    } catch (error) {
      // A call refused whole (too many ids, say) is a fault, as the API sends it.
      if (!(error instanceof SalesforceError)) throw error;
      const [first] = error.errors;
      return res.status(500).send(fault(first.errorCode, first.message));
    }
    if (!READS.has(operation)) await save();
    res.send(response(operation, results));
  });
  router.use('/services/Soap/u', envelopeErrors);
  return router;
}

/**
 * An envelope the endpoint cannot read is a SOAP fault like any other (HTTP 500); one over
 * the size limit is EXCEEDED_MAX_SIZE_REQUEST, the API's ExceptionCode for an oversized message.
 */
const envelopeErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  res.status(500).type('text/xml');
  if (error?.type === 'entity.too.large') res.send(fault('EXCEEDED_MAX_SIZE_REQUEST', 'The size of the message sent to the API exceeded the maximum size'));
  else res.send(fault('INVALID_SOAP_HEADER', 'Unable to read the request body'));
};
