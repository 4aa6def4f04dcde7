import { Router } from 'express';
import type { ServiceContext } from '../../service';
import { pageAgent, requirePageSession } from '../common';
import { workspacePage } from './page';

const TABLE = /^[a-z][a-z0-9_]{0,79}$/;
const SYS_ID = /^[0-9a-f]{32}$/;

/**
 * The local Agent Workspace (issue 9): the same Next Experience customer card as in an instance,
 * on a record page shaped like `/now/cwf/agent/record/{table}/{sys_id}`.
 */
export function createServiceNowPages(context: ServiceContext): Router {
  const router = Router();
  const signedIn = requirePageSession(context);
  const interactionOf = (query: unknown) => (typeof query === 'string' && query.length <= 64 ? query : null);

  router.get('/now/cwf/agent/home', signedIn, (req, res) => {
    res.type('html').send(workspacePage({ agent: pageAgent(res), table: null, sysId: null, interactionId: interactionOf(req.query.interaction) }));
  });

  router.get('/now/cwf/agent/record/:table/:sysId', signedIn, (req, res) => {
    const table = String(req.params.table);
    const sysId = String(req.params.sysId);
    if (!TABLE.test(table) || !SYS_ID.test(sysId)) return res.status(404).type('text').send('No such record page.');
    res.type('html').send(workspacePage({ agent: pageAgent(res), table, sysId, interactionId: interactionOf(req.query.interaction) }));
  });

  return router;
}
