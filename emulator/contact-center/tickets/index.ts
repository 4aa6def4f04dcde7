import { Router } from 'express';
import type { Config } from '../../../shared';
import type { CcContext } from '../context';

/** Ticket import, search and viewer data (issue 10); a placeholder until built. */
export function createTicketsPart(_ctx: CcContext, _config: () => Config, _selfUrl: () => string) {
  return { router: Router(), async start() {}, async stop() {} };
}
