import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { CHANNEL_LABELS } from '../../../../../shared/vocabulary/channel';
import { interactionStateLabel } from '../../../../../shared/vocabulary/interaction';
import { recordKey } from '../../../../../shared/vocabulary/crmRecord';
import type { CardState } from '../state';
import { linkButton, recordName, tableLabel } from './recordRow';
import { relatesTo } from './relatesTo';
import { fieldError, section } from './section';
import type { Dispatch } from './types';

/** What the service says about the interaction from the display settings (issue 15); absent from older services. */
interface InteractionContext {
  facts: { key: string; label: string; value: string }[];
  queue?: { key: string; name: string };
  reasons: string[];
}
const contextOf = (interaction: object): InteractionContext | undefined => (interaction as { context?: InteractionContext }).context;

/** §1.1 *Current interaction*: who is calling, the case with *Relates to* (§3.2), and linkable records. */
export function currentInteraction(state: CardState, dispatch: Dispatch) {
  const interaction = state.interaction;
  if (!interaction) return null;
  const context = contextOf(interaction);
  const queue = context?.queue?.name ?? interaction.routing?.queue;
  const facts = [
    ['Channel', CHANNEL_LABELS[interaction.channel] ?? interaction.channel],
    ['From', interaction.from],
    ['State', interactionStateLabel(interaction.state)],
    ...(queue ? [['Queue', queue]] : []),
    ...(context?.facts ?? []).map((fact) => [fact.label, fact.value]),
    // §1.2: a digital interaction's card follows the conversation.
    ...(interaction.messages?.length ? [['Last message', interaction.messages[interaction.messages.length - 1].text]] : []),
  ];
  const body = [
    interaction.ivr?.greeting ? createElement('p', { className: 'greeting' }, interaction.ivr.greeting) : null,
    createElement('dl', { className: 'facts' }, ...facts.flatMap(([k, v]) => [createElement('dt', null, k), createElement('dd', null, v)])),
    context?.reasons.length ? createElement('ul', { className: 'reasons', 'aria-label': 'Why it came to you' }, ...context.reasons.map((reason) => createElement('li', null, reason))) : null,
    relatesTo(state, dispatch),
    createElement(
      'ul',
      { className: 'records', 'aria-label': 'Records of this interaction' },
      ...state.relatable.map((record) =>
        createElement(
          'li',
          { key: recordKey(record), className: 'record', 'data-record': recordKey(record) },
          createElement('span', { className: 'record-type' }, tableLabel(record.object)),
          recordName(record, dispatch),
          linkButton(state, record, dispatch),
        ),
      ),
    ),
    fieldError('cc-link-error', state.linkError),
  ];
  return section('current', 'Current interaction', state.sections.current, dispatch, body);
}
