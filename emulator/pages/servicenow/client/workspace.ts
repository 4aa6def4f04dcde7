import { whenComponentIsIdle } from '@servicenow/ui-core';
import '../../../../servicenow-app/component/src/x-cc-customer-card';
import { createCcClient } from '../../../../shared/contract/client';
import { CARD_TAG } from '../../../../servicenow-app/component/src/x-cc-customer-card/properties';
import { EMITTED } from '../../../../servicenow-app/component/src/x-cc-customer-card/actionTypes';
// One bundle with the card: the softphone's contract client and zod are then shipped once.
import { mountSoftphone } from '../../common/client/softphone.js';
import { el } from './dom';
import { renderListView } from './listView';
import { renderNewCase } from './newCase';
import { renderTabs } from './recordTabs';
import { renderRecordPage, type RecordPage } from './recordPage';
import { openScreenPop, recordUrl, type AnsweredInteraction } from './screenPop';
import { renderSearchResults } from './searchResults';

/** What the main area shows, as the server chose it from the address: home, a record (sys_id `-1`: a new one), a list, search results. */
export type WorkspaceView =
  | { kind: 'home' }
  | { kind: 'record'; table: string; sysId: string; query: string | null; offer: string | null }
  | { kind: 'list'; table: string }
  | { kind: 'search'; term: string };

export interface WorkspaceOptions {
  agentId: string;
  view: WorkspaceView;
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

function renderHome(host: HTMLElement): void {
  host.replaceChildren(
    el('h1', { class: 'record-title', text: 'Agent home' }),
    el('p', { text: 'Make yourself available in the interaction panel; an answered call opens the caller\'s case or record here. Search or open a list from the left to reach any record.' }),
  );
}

/** Renders the main area for the view; a record page is returned so the card can refresh it. */
function renderMain(main: HTMLElement, tabs: HTMLElement, view: WorkspaceView): RecordPage | null {
  if (view.kind === 'record' && view.sysId === '-1') void renderNewCase(main, view.table, view.query);
  else if (view.kind === 'record') return renderRecordPage(main, tabs, view);
  else if (view.kind === 'list') void renderListView(main, view.table);
  else if (view.kind === 'search') void renderSearchResults(main, view.term);
  else renderHome(main);
  renderTabs(tabs, null);
  return null;
}

/** The card for the record the page shows, with every property set before it mounts, so it loads once. */
function mountCard(panel: Element, record: { table: string; sysId: string } | null, interactionId: string | null): CardElement {
  const card = document.createElement(CARD_TAG) as CardElement;
  // Cases relate records; other tables show the card for reading and linking.
  if (record?.table === 'sn_customerservice_case') {
    card.table = record.table;
    card.sysId = record.sysId;
  }
  card.interactionId = interactionId ?? '';
  panel.append(card);
  return card;
}

/**
 * The local Agent Workspace: main area (record, list, search), record tabs, the contextual side
 * panel with the customer card, and the shared softphone as the interaction panel. Opening a
 * record during an interaction records the visit (§3.1, §3.2 lists).
 */
export async function startWorkspace(options: WorkspaceOptions): Promise<void> {
  const { view, agentId } = options;
  const record = view.kind === 'record' && view.sysId !== '-1' ? view : null;
  // The card first: its requests go out before the record page's and the softphone's.
  const interactionId = options.interactionId ?? (await activeInteraction().catch(() => null));
  const card = mountCard(document.getElementById('card-panel')!, record, interactionId);
  // ui-core runs the card's action handlers in idle time: let its first requests go out
  // before the record page and the softphone keep the main thread busy.
  await whenComponentIsIdle(card);
  const page = renderMain(document.getElementById('workspace-main')!, document.getElementById('record-tabs')!, view);
  mountSoftphone(document.getElementById('softphone')!, { agentId, onScreenPop: (interaction: AnsweredInteraction) => openScreenPop(interaction) });
  card.addEventListener(EMITTED.RECORD_UPDATED, () => void page?.refresh());
  // Agent Workspace opens a record created from the card in a new tab beside the case (§4.1).
  card.addEventListener(EMITTED.RECORD_CREATED, (event) => {
    const { table: created, sysId: id } = (event as CustomEvent<{ payload: { table: string; sysId: string } }>).detail.payload;
    window.open(recordUrl(created, id, interactionId ?? ''), '_blank', 'noopener');
  });
  // Recorded beside the card's loading, not before it: the card needs nothing from the visit.
  if (interactionId && record) {
    void cc.call('markVisited', { params: { id: interactionId }, body: { crm: 'servicenow', object: record.table, id: record.sysId } }).catch(() => null);
  }

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
