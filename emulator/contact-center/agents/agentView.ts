import { isActive } from '../acd/pickAgent';
import { publicAgent } from '../auth/sessions';
import type { CcContext } from '../context';

/** An agent as the API shows one: no password hash, with the interactions on their desktop. */
export function agentView(ctx: Pick<CcContext, 'cc'>, id: string) {
  const agent = ctx.cc.data.agents.find((a) => a.id === id);
  if (!agent) return undefined;
  const active = Object.values(ctx.cc.data.interactions).filter((i) => i.agentId === id && isActive(i)).map((i) => i.id);
  return { ...publicAgent(agent), activeInteractions: active };
}
