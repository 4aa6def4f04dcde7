import { h } from '../h.js';
import { writeBackList } from './writeBackList.js';

/** Interactions that ended lately, with where the write-back of each link stands. */
export function endedView(state, { onRetry }) {
  const entries = state.ended
    .map((entry) => ({ entry, list: writeBackList(state.links.get(entry.id) ?? [], { onRetry }) }))
    .filter(({ list }) => list);
  if (!entries.length) return null;
  return h(
    'section',
    { class: 'cc-desktop__ended', 'aria-label': 'Ended interactions' },
    h('h3', { class: 'slds-text-title_caps' }, 'Ended'),
    entries.map(({ entry, list }) => h('div', { 'data-interaction-id': entry.id }, h('p', { class: 'slds-text-title_bold' }, entry.customer), list)),
  );
}
