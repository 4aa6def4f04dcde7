import { Router, type Request } from 'express';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common';
import { workspacePage, type WorkspaceView } from './page';

const TABLE = /^[a-z][a-z0-9_]{0,79}$/;
/** A record's sys_id, or `-1`: the platform's address of a new record. */
const SYS_ID = /^(?:[0-9a-f]{32}|-1)$/;
const notFound = 'No such page.';

/** One short query-string value, or null. */
const textOf = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max ? value : null);

/**
 * The local Agent Workspace (issues 9 and 17): the same Next Experience customer card as in an
 * instance, in a workspace shaped like `/now/cwf/agent/...`: home, record pages, lists and search.
 */
export function createServiceNowPages(context: ServiceContext): Router {
  const router = Router();
  const signedIn = requirePageSession(context);
  const send = (req: Request, res: Parameters<typeof pageAgent>[0], view: WorkspaceView) =>
    res.type('html').send(workspacePage({ agent: pageAgent(res), view, interactionId: textOf(req.query.interaction, 64) }));

  router.get('/now/cwf/agent/home', signedIn, (req, res) => send(req, res, { kind: 'home' }));

  router.get('/now/cwf/agent/record/:table/:sysId', signedIn, (req, res) => {
    const table = String(req.params.table);
    const sysId = String(req.params.sysId);
    if (!TABLE.test(table) || !SYS_ID.test(sysId)) return res.status(404).type('text').send(notFound);
    send(req, res, { kind: 'record', table, sysId, query: textOf(req.query.query, 2000), offer: textOf(req.query.offer, 40) });
  });

  router.get('/now/cwf/agent/list/:table', signedIn, (req, res) => {
    const table = String(req.params.table);
    if (!TABLE.test(table)) return res.status(404).type('text').send(notFound);
    send(req, res, { kind: 'list', table });
  });

  router.get('/now/cwf/agent/search', signedIn, (req, res) => send(req, res, { kind: 'search', term: (textOf(req.query.q, 200) ?? '').trim() }));

  return router;
}
