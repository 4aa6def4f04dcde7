import { Router } from 'express';
import { ccContract, requireFeature, type Config } from '../../../shared';
import type { CcContext } from '../context';
import { nextId } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { ticketArchive } from './archive';
import { applyPush, borrowedByPush } from './pushImport';
import { requireSourceKey, type PushSourceRecord } from './pushSources';
import type { TicketIndex } from './ticketIndex';

/**
 * `POST /cc/v1/imports/push`: the open import API. It stands before the agents' session check:
 * a pushing system signs each request with its source's API key instead.
 */
export function pushRoutes(ctx: CcContext, config: () => Config, index: TicketIndex): Router {
  const router = Router();
  endpoint(router, ccContract.pushImport, async ({ body }, { res, reply }) => {
    const disabled = requireFeature(config(), 'ticketImport');
    if (disabled) return sendError(res, 409, 'feature_disabled', { feature: disabled.feature, message: 'Ticket import is switched off.' });
    const source = res.locals.pushSource as PushSourceRecord;
    const { run } = await index.judge(borrowedByPush(source, body), () => applyPush(ticketArchive(ctx.cc.data), source, body, config(), ctx.now(), nextId(ctx.cc.data, 'imp')));
    await ctx.cc.save();
    reply(200, { run: run.id, report: run.report });
    // A batch of 1,000 tickets with their comments is megabytes, not the API's usual kilobytes.
  }, { before: [requireSourceKey(() => ctx.cc.data)], bodyLimit: '32mb' });
  return router;
}
