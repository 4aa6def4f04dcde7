import type { RequestHandler } from 'express';
import { sendError } from './errors';

/**
 * "The Zendesk API is a JSON API. You must supply a Content-Type: application/json header in
 * PUT, POST, and DELETE requests" (https://developer.zendesk.com/api-reference/introduction/requests/).
 * A body of any other type is refused before it is read, so a cross-site `text/plain` or form
 * post changes nothing. Upload Files takes raw bytes and is mounted ahead of this check.
 */
export const jsonRequestsOnly: RequestHandler = (req, res, next) => {
  // Express's `req.is` answers null when the request has no body at all.
  if (req.is(['application/json', 'application/*+json']) !== false) return next();
  sendError(res, 415, 'UnsupportedMediaType', 'The request body must be sent as Content-Type: application/json');
};
