import { h } from '../h.js';
import { clock, clockAttributes, until } from './elapsed.js';
import { draftField, draftOf, withValue } from './drafts.js';

/**
 * After-call work: the time left until it completes by itself, a disposition code from the
 * configuration, notes, and Complete. Disposition and notes go into the write-back.
 */
export function wrapUpPanel(state, interaction, { onComplete }) {
  const { dispositions, required } = state.wrapUp;
  const dispositionKey = `disposition:${interaction.id}`;
  const notesKey = `notes:${interaction.id}`;
  const ids = { disposition: `cc-disposition-${interaction.id}`, notes: `cc-notes-${interaction.id}` };
  const complete = (event) => {
    event.preventDefault();
    const disposition = draftOf(state, dispositionKey) || undefined;
    const notes = draftOf(state, notesKey).trim() || undefined;
    onComplete(interaction, disposition || notes ? { disposition, notes } : undefined);
  };
  return h(
    'form',
    { class: 'cc-desktop__wrap-up', 'aria-label': 'After-call work', onsubmit: complete },
    interaction.acwDeadline
      ? h('p', { class: 'cc-desktop__deadline' }, 'Completes by itself in ', h('span', { class: 'cc-desktop__clock', ...clockAttributes({ to: interaction.acwDeadline }) }, clock(until(interaction.acwDeadline))))
      : null,
    dispositions.length
      ? h(
          'div',
          { class: 'slds-form-element' },
          h('label', { class: 'slds-form-element__label', for: ids.disposition }, required ? 'Disposition (required)' : 'Disposition'),
          withValue(
            h('select', draftField(state, dispositionKey, { class: 'slds-select', id: ids.disposition, required }), h('option', { value: '' }, 'Choose…'), dispositions.map((d) => h('option', { value: d.code }, d.label))),
            draftOf(state, dispositionKey),
          ),
        )
      : null,
    h(
      'div',
      { class: 'slds-form-element' },
      h('label', { class: 'slds-form-element__label', for: ids.notes }, 'Notes'),
      withValue(h('textarea', draftField(state, notesKey, { class: 'slds-textarea', id: ids.notes, rows: 2, maxlength: 4000 })), draftOf(state, notesKey)),
    ),
    h('button', { class: 'slds-button slds-button_brand', type: 'submit', 'data-keep': `complete:${interaction.id}` }, 'Complete after-call work'),
  );
}
