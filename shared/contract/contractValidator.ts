import type { CcValidator } from './client';
import { ccContract, type OperationId } from './contract';
import type { RouteDef } from './route';
import { agentEventSchemas, type AgentEventType } from './events';

/**
 * Checks what the service answers against the zod contract: every success body of an
 * operation and every event of the stream. Tests hand it to `createCcClient({ validator })`;
 * browsers go without it, so their bundles carry no zod.
 */
export const contractValidator: CcValidator = {
  response(operationId: OperationId, status: number, body: unknown) {
    const route: RouteDef = ccContract[operationId];
    const schema = route.responses[status as 200];
    const checked = schema?.safeParse(body);
    if (!schema || !checked?.success) throw new Error(`${operationId} answered ${status} outside its contract: ${checked?.error?.message ?? 'undocumented status'}`);
  },
  event(type: AgentEventType, data: unknown) {
    return agentEventSchemas[type].parse(data);
  },
};
