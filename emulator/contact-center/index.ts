import { Router } from 'express';
import { acwDeadline, buildOpenApi, crmFrameOrigins } from '../../shared';
import type { EmulatedService, ServiceContext } from '../service';
import { serialDispatcher } from './acd/dispatch';
import { moveFocus } from './agents/focus';
import { agentRoutes } from './agents/routes';
import { authRoutes, signOutRoutes } from './auth/routes';
import { requireAgent } from './auth/sessions';
import { CardDirectory } from './cards/cards';
import { cardRoutes } from './cards/routes';
import { currentConfig } from './config/currentConfig';
import { dataActionRoutes } from './config/dataActionRoutes';
import { configRoutes } from './config/routes';
import type { CcContext } from './context';
import { crmConnections } from './crm/connections';
import { createCrmSteps } from './crm/crmSteps';
import { openContactCenterData } from './data';
import { EventBus } from './events/eventBus';
import { eventRoutes } from './events/routes';
import { clusterSync } from './http/clusterSync';
import { crmCors } from './http/crmCors';
import { csrfGuard } from './http/csrfGuard';
import { hostGuard } from './http/hostGuard';
import { sendError } from './http/respond';
import { callRoutes } from './interactions/callRoutes';
import { digitalRoutes } from './interactions/digitalRoutes';
import { deskRoutes } from './interactions/deskRoutes';
import { createLifecycle, releaseAgent } from './interactions/lifecycle';
import { lifecycleRoutes } from './interactions/lifecycleRoutes';
import { readRoutes } from './interactions/readRoutes';
import { WrapUpClock } from './interactions/wrapUpClock';
import { Outbox } from './links/outbox';
import { linkRoutes } from './links/routes';
import { crmState } from './ops/crmHealth';
import { registerContactCenterMetrics } from './ops/metrics';
import { writeBackOnMoment } from './links/writeBack';
import { seedContactCenter } from './seed';
import { createTicketsPart } from './tickets';

/**
 * The contact-center service under `/cc/v1` (issue 7): the product's own server side. It
 * reaches the CRMs only through the shared/ adapters over HTTP, never through the store.
 */
export function createContactCenterService(context: ServiceContext): EmulatedService {
  const cc = openContactCenterData(context.store);
  const cluster = context.store.cluster;
  const ctx = { cc, bus: new EventBus(cluster), now: () => new Date() } as CcContext;
  ctx.dispatch = serialDispatcher(ctx, cluster);
  const config = () => currentConfig(cc);
  const steps = createCrmSteps(ctx, config, context.selfUrl);
  const cards = new CardDirectory(ctx, () => config().phone.defaultRegion);
  const outbox = new Outbox(ctx, steps.connections, () => config().writeBack.maxAttempts, cluster);
  ctx.lifecycle = createLifecycle(ctx, {
    createInteractionRecords: (interaction) => steps.onAnswer(interaction),
    closeInteractionRecords: (interaction) => steps.onClose(interaction),
    releaseAgent: (interaction) => releaseAgent(ctx, interaction),
    requeue: (interaction) => {
      interaction.queuedAt = ctx.now().toISOString();
    },
    writeBack: writeBackOnMoment(ctx, outbox, config),
    moveFocus: (interaction) => moveFocus(ctx, interaction),
    startWrapUp: (interaction) => {
      // Counted from the hang-up itself, so the timer the agent sees and the service agree.
      interaction.acwDeadline = acwDeadline(config().wrapUp, interaction.endedAt ? new Date(interaction.endedAt) : ctx.now());
    },
  });
  const wrapUpClock = new WrapUpClock(ctx, cluster);
  registerContactCenterMetrics(ctx);
  const tickets = createTicketsPart(ctx, config, context.selfUrl, context.store.database);
  const assignCard = async (interaction: Parameters<typeof cards.assign>[0]) => {
    cards.assign(interaction);
    await cc.save();
  };

  const api = Router();
  const openApi = buildOpenApi();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  api.use(authRoutes(cc));
  api.use(tickets.pushRouter);
  api.use(requireAgent(cc));
  api.use(
    signOutRoutes(cc),
    configRoutes(ctx, { selfUrl: context.selfUrl, connectionsFor: (config) => crmConnections(config, { selfUrl: context.selfUrl() }) }),
    dataActionRoutes(ctx, context.selfUrl),
    agentRoutes(ctx),
    eventRoutes(ctx.bus),
    callRoutes(ctx, steps, assignCard),
    digitalRoutes(ctx, steps, assignCard),
    lifecycleRoutes(ctx, config),
    deskRoutes(ctx, steps, cards, config),
    readRoutes(ctx, cards),
    linkRoutes(ctx, outbox, cards, config, steps.connections),
    cardRoutes(ctx, cards, config),
    tickets.router,
  );
  api.use((req, res) => sendError(res, 404, 'not_found', { message: `No route for ${req.method} /cc/v1${req.path}` }));

  const router = Router();
  // The CRMs' pages call from their own origins: the configured ones, as for frame-ancestors.
  const crmPages = () => crmFrameOrigins(config());
  if (cluster) router.use('/cc/v1', clusterSync(cluster));
  router.use('/cc/v1', hostGuard(context.selfUrl), crmCors(crmPages), csrfGuard([], crmPages), api);

  return {
    name: 'contact-center',
    router,
    seed: (story) => seedContactCenter(cc, story, new Date()),
    async start() {
      outbox.start();
      wrapUpClock.start();
      await tickets.start();
      void steps.signIn();
      // Calls that waited while the emulator was down are offered again.
      await ctx.dispatch();
    },
    async readiness() {
      // A CRM that is down leaves the service ready: calls go on without it (§7.7).
      const connections = config().connections;
      const configured = (Object.keys(connections) as (keyof typeof connections)[]).filter((crm) => connections[crm]);
      return { crms: Object.fromEntries(configured.map((crm) => [crm, crmState(crm)])) };
    },
    async stop() {
      await outbox.stop();
      await wrapUpClock.stop();
      await tickets.stop();
      ctx.bus.closeAll();
    },
  };
}
