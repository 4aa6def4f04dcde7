import '../../../../servicenow-app/component/src/x-cc-customer-card';
import { createCcClient } from '../../../../shared/contract/client';
import { EMITTED } from '../../../../servicenow-app/component/src/x-cc-customer-card/actionTypes';
import { renderRecordForm } from './recordForm';
import { openScreenPop, recordUrl, type AnsweredInteraction } from './screenPop';

type MountSoftphone = (host: Element, options: { agentId: string; onScreenPop(interaction: AnsweredInteraction): void }) => void;

export interface WorkspaceOptions {
  mountSoftphone: MountSoftphone;
  agentId: string;
  table: string | null;
  sysId: string | null;
  interactionId: string | null;
}

type CardElement = HTMLElement & { interactionId: string; table: string; sysId: string; interactionRevision: number };

/** The page's own origin; the `cc_session` cookie authenticates. */
const cc = createCcClient();

/** The focus the desktop shares through the agent's state (issue 15); absent from older services. */
const focusOf = (agent: object): string | undefined => (agent as { focusInteractionId?: string }).focusInteractionId;

/** The interaction the card shows when the URL names none: the agent's focus, else the first one they hold. */
async function activeInteraction(): Promise<string | null> {
  const { agent } = await cc.call('getMe');
  return focusOf(agent) ?? agent.activeInteractions?.[0] ?? null;
}

/**
 * The local Agent Workspace: record form, contextual side panel with the customer card, and the
 * shared softphone. Opening a record during an interaction records the visit (§3.1, §3.2 lists).
 */
export async function startWorkspace(options: WorkspaceOptions): Promise<void> {
  const { table, sysId, agentId } = options;
  const form = document.getElementById('record-form');
  if (form && table && sysId) void renderRecordForm(form, table, sysId);
  options.mountSoftphone(document.getElementById('softphone')!, {
    agentId,
    onScreenPop: (interaction) => openScreenPop(interaction),
  });

  const card = document.querySelector<CardElement>('x-cc-customer-card');
  if (!card) return;
  card.addEventListener(EMITTED.RECORD_UPDATED, () => form && table && sysId && void renderRecordForm(form, table, sysId));
  const interactionId = options.interactionId ?? (await activeInteraction().catch(() => null));
  // Agent Workspace opens a record created from the card in a new tab beside the case (§4.1).
  card.addEventListener(EMITTED.RECORD_CREATED, (event) => {
    const { table: created, sysId: id } = (event as CustomEvent<{ payload: { table: string; sysId: string } }>).detail.payload;
    window.open(recordUrl(created, id, interactionId ?? ''), '_blank', 'noopener');
  });
  if (interactionId && table && sysId) {
    await cc.call('markVisited', { params: { id: interactionId }, body: { crm: 'servicenow', object: table, id: sysId } }).catch(() => null);
  }
  // Cases relate records; other tables show the card for reading and linking.
  card.table = table === 'sn_customerservice_case' ? table : card.table;
  card.sysId = table === 'sn_customerservice_case' && sysId ? sysId : '';
  card.interactionId = interactionId ?? '';

  const bump = () => {
    card.interactionRevision = (card.interactionRevision ?? 0) + 1;
  };
  // The agent focused another interaction in the desktop (in any tab): the card follows it.
  const follow = ({ agent }: { agent: object }) => {
    const focus = focusOf(agent);
    if (focus && focus !== card.interactionId) card.interactionId = focus;
  };
  cc.events(agentId, { 'interaction.updated': bump, 'card.updated': bump, 'agent.updated': follow });
}
