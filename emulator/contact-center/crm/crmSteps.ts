import type { Config, CrmRecord } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord, IvrResult } from '../data';
import type { CrmSteps } from '../interactions/intake';
import { onAnswer } from './answer';
import { closeInteractionRecords } from './closeInteractionRecords';
import { crmConnections, type CrmConnection } from './connections';
import { identify, type Identification } from './identify';
import { lookupFieldsOf } from './lookupFields';
import { routeInteraction } from './route';

const IDENTIFIER_OF = { accountNumber: 'account-number', caseNumber: 'case-number', email: 'email' } as const;

/** The contact center's CRM steps over the shared/ adapters, for the current configuration. */
export function createCrmSteps(
  ctx: CcContext,
  config: () => Config,
  selfUrl: () => string,
): CrmSteps & { connections(): CrmConnection[]; onClose(interaction: InteractionRecord): Promise<void>; signIn(): Promise<void> } {
  let cached: { key: string; connections: CrmConnection[] } | null = null;
  // The configuration as the step that asked for the connections read it: the fields a lookup
  // returns follow the plan's changes without reading (and comparing) the whole configuration again for every record found.
  let latest: Config | undefined;
  // Adapters keep their session between calls; they are rebuilt only when the configuration changes.
  const connections = () => {
    const current = (latest = config());
    const key = JSON.stringify([current.connections, selfUrl()]);
    if (cached?.key !== key) cached = { key, connections: crmConnections(current, { selfUrl: selfUrl(), lookupFields: (crm, object) => lookupFieldsOf(latest ?? config(), crm, object) }) };
    return cached.connections;
  };
  // The record the IVR identified, with the fields its lookup returned, for the routing of the
  // same interaction: keyed by the IVR result it belongs to, so it goes when the interaction does.
  const identifiedBy = new WeakMap<IvrResult, CrmRecord>();
  const remember = ({ result, identified }: Identification) => {
    if (identified) identifiedBy.set(result, identified);
    return result;
  };
  const at = () => ctx.now().toISOString();
  // Records still linked when the interaction closes: each is listed with its interaction record.
  const linkedRecords = (interaction: InteractionRecord) =>
    Object.values(ctx.cc.data.links).filter((link) => link.interactionId === interaction.id && !link.state.startsWith('unlinked')).map((link) => link.record);
  const agentUsername = (interaction: InteractionRecord) => ctx.cc.data.agents.find((a) => a.id === interaction.agentId)?.username;
  return {
    connections,
    // Signing in costs the CRM a password check (a key derivation, most of a second on a busy
    // machine): done once at start, so the first caller's lookup is not the one to pay for it
    // within the IVR's budget. A CRM that cannot be reached now is tried again by the first call.
    signIn: async () => {
      await Promise.allSettled(connections().map((connection) => connection.probe.readOne()));
    },
    identifyCaller: async (ani) => remember(await identify(config(), connections(), 'ani', ani, [], at(), undefined, { origin: selfUrl() })),
    identifyBy: async (kind, value, previous) =>
      remember(await identify(config(), connections(), IDENTIFIER_OF[kind], value, previous?.attempts ?? [], at(), undefined, { origin: selfUrl() })),
    route: (interaction) => routeInteraction(config(), connections(), interaction, interaction.ivr && identifiedBy.get(interaction.ivr), ctx.cc.data.queues),
    onAnswer: (interaction) => onAnswer(config(), connections(), interaction, agentUsername(interaction)),
    onClose: (interaction) => closeInteractionRecords(connections(), interaction, linkedRecords(interaction)),
  };
}
