import express, { Router, type ErrorRequestHandler } from 'express';
import { XMLParser } from 'fast-xml-parser';
import type { Store } from '../../store/store';
import { entry, openSalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { endSession, openSession } from './sessions';

/**
 * SOAP partner API `login` and `logout`, the calls jsforce's `conn.login` and `conn.logout` make.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_login.htm
 */
const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });
const ENVELOPE_OPEN = '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>';
const ENVELOPE_CLOSE = '</soapenv:Body></soapenv:Envelope>';
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const tag = (name: string, value: unknown) => `<${name}>${escapeXml(String(value ?? ''))}</${name}>`;

function fault(code: string, message: string, faultType = 'LoginFault'): string {
  return `${ENVELOPE_OPEN}<soapenv:Fault><faultcode>sf:${code}</faultcode><faultstring>${code}: ${escapeXml(message)}</faultstring><detail><sf:${faultType} xsi:type="sf:${faultType}"><sf:exceptionCode>${code}</sf:exceptionCode><sf:exceptionMessage>${escapeXml(message)}</sf:exceptionMessage></sf:${faultType}></detail></soapenv:Fault>${ENVELOPE_CLOSE}`;
}

export function soapLoginRouter(store: Store, records: RecordStore): Router {
  const router = Router();
  router.post('/services/Soap/u/:version', express.text({ type: () => true, limit: '100kb' }), async (req, res) => {
    res.type('text/xml');
    let body: Record<string, Record<string, unknown> | undefined> | undefined;
    try {
      body = (parser.parse(String(req.body ?? '')) as { Envelope?: { Body?: typeof body } }).Envelope?.Body;
    } catch {
      body = undefined;
    }
    const ns = openSalesforceData(store);
    if (body && 'logout' in body) {
      const header = (parser.parse(String(req.body)) as { Envelope?: { Header?: { SessionHeader?: { sessionId?: string } } } }).Envelope?.Header;
      const sessionId = header?.SessionHeader?.sessionId;
      if (sessionId) await endSession(store, sessionId);
      res.send(`${ENVELOPE_OPEN}<logoutResponse/>${ENVELOPE_CLOSE}`);
      return;
    }
    const login = body?.login;
    if (!login) {
      res.status(500).send(fault('INVALID_SOAP_HEADER', 'No operation available for request', 'UnexpectedErrorFault'));
      return;
    }
    const credential = entry(ns.data.credentials, String(login.username ?? '').toLowerCase());
    const user = credential && records.byId(credential.userId);
    if (!credential || credential.password !== String(login.password ?? '') || !user || user.IsActive === false) {
      // A failed login is an HTTP 500 SOAP fault, as for every SOAP API fault.
      res.status(500).send(fault('INVALID_LOGIN', 'Invalid username, password, security token; or user locked out.'));
      return;
    }
    const session = await openSession(store, user.Id);
    const origin = `${req.protocol}://${req.get('host')}`;
    const version = req.params.version;
    const orgId = ns.data.orgId;
    const userInfo = [
      tag('accessibilityMode', false), tag('currencySymbol', '$'), tag('orgDefaultCurrencyIsoCode', 'USD'),
      tag('organizationId', orgId), tag('organizationMultiCurrency', false), tag('organizationName', 'Customer Card Emulator'),
      tag('profileId', '00eDn000000CCardIAA'), tag('userDefaultCurrencyIsoCode', ''), tag('userEmail', user.Email),
      tag('userFullName', user.Name), tag('userId', user.Id), tag('userLanguage', 'en_US'), tag('userLocale', 'en_US'),
      tag('userName', user.Username), tag('userTimeZone', user.TimeZoneSidKey), tag('userType', 'Standard'), tag('userUiSkin', 'Theme3'),
    ].join('');
    res.send(
      `${ENVELOPE_OPEN}<loginResponse><result>${tag('metadataServerUrl', `${origin}/services/Soap/m/${version}/${orgId}`)}${tag('passwordExpired', false)}${tag('sandbox', false)}` +
        `${tag('serverUrl', `${origin}/services/Soap/u/${version}/${orgId}`)}${tag('sessionId', session.sessionId)}${tag('userId', user.Id)}<userInfo>${userInfo}</userInfo></result></loginResponse>${ENVELOPE_CLOSE}`,
    );
  });
  router.use('/services/Soap/u/:version', envelopeErrors);
  return router;
}

/**
 * An envelope the endpoint cannot read is a SOAP fault like any other (HTTP 500); one over
 * the size limit is EXCEEDED_MAX_SIZE_REQUEST, the API's ExceptionCode for an oversized message.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm
 */
const envelopeErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  res.status(500).type('text/xml');
  if (error?.type === 'entity.too.large') res.send(fault('EXCEEDED_MAX_SIZE_REQUEST', 'The size of the message sent to the API exceeded the maximum size', 'UnexpectedErrorFault'));
  else res.send(fault('INVALID_SOAP_HEADER', 'Unable to read the request body', 'UnexpectedErrorFault'));
};
