import type { ErrorRequestHandler, Response } from 'express';

/**
 * OAuth endpoint errors: HTTP 400 with `{error, error_description}`.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm
 */
export const oauthError = (res: Response, error: string, description: string, status = 400) =>
  res.status(status).json({ error, error_description: description });

export const INVALID_CLIENT = ['invalid_client', 'invalid client credentials'] as const;
export const INVALID_CLIENT_ID = ['invalid_client_id', 'client identifier invalid'] as const;

/** A form the endpoint cannot read (too large, bad encoding) is an OAuth `invalid_request`. */
export const formErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 400;
  res.status(status).json({ error: 'invalid_request', error_description: String(error?.message ?? 'malformed request') });
};
