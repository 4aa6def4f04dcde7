import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

/**
 * The Microsoft identity platform's token error: an OAuth `error`, an AADSTS description
 * with trace and correlation ids, and the same facts as fields.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow#error-response
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
export interface AadError {
  status: number;
  error: string;
  code: number;
  message: string;
}

export function sendAadError(res: Response, { status, error, code, message }: AadError, now = new Date()): void {
  const timestamp = `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
  const traceId = randomUUID();
  const correlationId = randomUUID();
  res.status(status).set('Cache-Control', 'no-store, no-cache').json({
    error,
    error_description: `AADSTS${code}: ${message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}

export const missingParameter = (name: string): AadError => ({
  status: 400, error: 'invalid_request', code: 900144, message: `The request body must contain the following parameter: '${name}'.`,
});
export const tenantNotFound = (tenant: string): AadError => ({
  status: 400, error: 'invalid_request', code: 90002,
  message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
});
export const unsupportedGrant = (grant: string): AadError => ({
  status: 400, error: 'unsupported_grant_type', code: 70003, message: `The app requested an unsupported grant type '${grant}'.`,
});
export const applicationNotFound = (clientId: string, tenant: string): AadError => ({
  status: 400, error: 'unauthorized_client', code: 700016,
  message: `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
});
export const missingSecret = (): AadError => ({
  status: 401, error: 'invalid_client', code: 7000218, message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
});
export const invalidSecret = (clientId: string): AadError => ({
  status: 401, error: 'invalid_client', code: 7000215,
  message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
});
export const scopeWithoutDefault = (scope: string): AadError => ({
  status: 400, error: 'invalid_scope', code: 1002012,
  message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
});
export const resourceNotFound = (resource: string, tenant: string): AadError => ({
  status: 400, error: 'invalid_resource', code: 500011,
  message: `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
});
