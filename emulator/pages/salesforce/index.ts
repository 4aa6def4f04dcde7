import { Router } from 'express';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common/session';
import { lightningPage } from './lightningPage';

/** Salesforce ids: 15 or 18 case-sensitive alphanumerics. Object names: API names. */
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

/** The local Lightning pages: the console home and record pages with the customer card. */
export function createSalesforcePages(context: ServiceContext): Router {
  const router = Router();
  const guard = requirePageSession(context);

  router.get('/lightning/page/home', guard, (_req, res) => {
    const agent = pageAgent(res);
    res.type('html').send(lightningPage({ agent }));
  });

  router.get('/lightning/r/:object/:id/view', guard, (req, res) => {
    const { object, id } = req.params as { object: string; id: string };
    if (!OBJECT_NAME.test(object) || !RECORD_ID.test(id)) {
      res.status(404).type('html').send('<!doctype html><title>Not found</title><p>This record page does not exist.</p>');
      return;
    }
    res.type('html').send(lightningPage({ agent: pageAgent(res), record: { objectApiName: object, recordId: id } }));
  });

  return router;
}
