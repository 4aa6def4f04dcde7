import { Router } from 'express';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common/session';
import { lightningPage } from './lightningPage';

/** Salesforce ids: 15 or 18 case-sensitive alphanumerics. Object names: API names. */
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
/** List view developer names. */
const VIEW_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
/** Salesforce's search box takes up to 10,000 characters; a page shows far less. */
const MAX_TERM = 200;

const NOT_FOUND = '<!doctype html><title>Not found</title><p>This page does not exist.</p>';

/** The local Lightning console: home, list views, record pages and search results, with the customer card. */
export function createSalesforcePages(context: ServiceContext): Router {
  const router = Router();
  const guard = requirePageSession(context);

  router.get('/lightning/page/home', guard, (_req, res) => {
    res.type('html').send(lightningPage({ kind: 'home', agent: pageAgent(res) }));
  });

  router.get('/lightning/r/:object/:id/view', guard, (req, res) => {
    const { object, id } = req.params as { object: string; id: string };
    if (!OBJECT_NAME.test(object) || !RECORD_ID.test(id)) return void res.status(404).type('html').send(NOT_FOUND);
    res.type('html').send(lightningPage({ kind: 'record', agent: pageAgent(res), record: { objectApiName: object, recordId: id } }));
  });

  // An object's home opens its list, as the navigation bar's items do.
  router.get('/lightning/o/:object/home', guard, (req, res) => {
    const { object } = req.params as { object: string };
    if (!OBJECT_NAME.test(object)) return void res.status(404).type('html').send(NOT_FOUND);
    res.redirect(302, `/lightning/o/${object}/list`);
  });

  router.get('/lightning/o/:object/list', guard, (req, res) => {
    const { object } = req.params as { object: string };
    const filterName = typeof req.query.filterName === 'string' && VIEW_NAME.test(req.query.filterName) ? req.query.filterName : undefined;
    if (!OBJECT_NAME.test(object)) return void res.status(404).type('html').send(NOT_FOUND);
    res.type('html').send(lightningPage({ kind: 'list', agent: pageAgent(res), objectApiName: object, filterName }));
  });

  router.get('/lightning/search', guard, (req, res) => {
    const term = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, MAX_TERM) : '';
    res.type('html').send(lightningPage({ kind: 'search', agent: pageAgent(res), term }));
  });

  return router;
}
