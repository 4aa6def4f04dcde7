import { Router, type RequestHandler } from 'express';
import { fault } from '../soap/envelope';
import { fail, sendError } from './errors';
import { unknownResource } from './requestErrors';

/**
 * What the org answers under `/services/` for what the emulator does not serve, in the shape the
 * client of each API reads: an Apex REST URL no class maps is NOT_FOUND "Could not find a match
 * for URL" (after the session check, as there); a SOAP API other than the partner API (Metadata,
 * Enterprise, Tooling) is a SOAP fault; any other path is REST's NOT_FOUND. Never the emulator's
 * own JSON: jsforce and the other clients parse these.
 */
export function unknownServicesRouter(session: RequestHandler): Router {
  const router = Router();
  router.use('/services/apexrest', session, (_req, res) => sendError(res, fail(404, 'NOT_FOUND', 'Could not find a match for URL')));
  router.post('/services/Soap/:api/*rest', (req, res) => {
    const message = `The emulator serves the partner SOAP API (/services/Soap/u) only, not /services/Soap/${req.params.api}`;
    res.status(500).type('text/xml').send(fault('INVALID_OPERATION', message));
  });
  router.use('/services', unknownResource);
  return router;
}
