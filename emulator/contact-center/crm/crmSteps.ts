import type { Config } from '../../../shared';
import type { CcContext } from '../context';
import type { CrmSteps } from '../interactions/intake';
import { onAnswer } from './answer';
import { crmConnections, type CrmConnection } from './connections';
import { identify } from './identify';
import { routeInteraction } from './route';

const IDENTIFIER_OF = { accountNumber: 'account-number', caseNumber: 'case-number', email: 'email' } as const;

/** The contact center's CRM steps over the shared/ adapters, for the current configuration. */
export function createCrmSteps(ctx: CcContext, config: () => Config, selfUrl: () => string): CrmSteps & { connections(): CrmConnection[] } {
  let cached: { key: string; connections: CrmConnection[] } | null = null;
  // Adapters keep their session between calls; they are rebuilt only when the configuration changes.
  const connections = () => {
    const current = config();
    const key = JSON.stringify([current.connections, selfUrl()]);
    if (cached?.key !== key) cached = { key, connections: crmConnections(current, { selfUrl: selfUrl() }) };
    return cached.connections;
  };
  const at = () => ctx.now().toISOString();
  return {
    connections,
    identifyCaller: (ani) => identify(config(), connections(), 'ani', ani, [], at()),
    identifyBy: (kind, value, previous) => identify(config(), connections(), IDENTIFIER_OF[kind], value, previous?.attempts ?? [], at()),
    route: (interaction) => routeInteraction(config(), connections(), interaction),
    onAnswer: (interaction) => onAnswer(config(), connections(), interaction),
  };
}
