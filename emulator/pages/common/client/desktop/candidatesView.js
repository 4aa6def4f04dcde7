import { h } from '../h.js';
import { crmLabel, recordTypeLabel } from './labels.js';

/**
 * An ambiguous caller: "N possible customers", each with name, record type and CRM. The
 * agent picks one (it becomes the card's contact and the screen pop) or folds the list and
 * keeps the interaction open without a customer; nobody is guessed.
 */
export function candidatesView(interaction, { onPick, folded, onFold }) {
  const matches = interaction.ivr?.matches ?? [];
  if (interaction.ivr?.outcome !== 'ambiguous' || interaction.context?.customerName || matches.length < 2) return null;
  return h(
    'details',
    { class: 'cc-desktop__candidates', open: !folded, ontoggle: (event) => onFold(!event.target.open) },
    h('summary', { 'data-keep': `candidates:${interaction.id}` }, `${matches.length} possible customers`),
    h(
      'ul',
      { 'aria-label': 'Possible customers' },
      matches.map((match) =>
        h(
          'li',
          { class: 'cc-desktop__candidate' },
          h('span', { class: 'cc-desktop__candidate-name' }, match.name),
          h('span', { class: 'slds-text-color_weak' }, `${recordTypeLabel(match.object)} · ${crmLabel(match.crm)}`),
          h('button', { class: 'slds-button slds-button_neutral', type: 'button', 'data-keep': `pick:${interaction.id}:${match.id}`, 'aria-label': `This is ${match.name}, ${recordTypeLabel(match.object)} in ${crmLabel(match.crm)}`, onclick: () => onPick(match) }, 'Pick'),
        ),
      ),
    ),
  );
}
