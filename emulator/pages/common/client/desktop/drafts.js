/**
 * A field whose value lives in the desktop's state, so a re-render (an event, a ticking
 * clock) never loses what the agent typed. `key` names the field across renders.
 */
export function draftField(state, key, attributes = {}) {
  return {
    ...attributes,
    'data-keep': key,
    oninput: (event) => state.drafts.set(key, event.target.value),
    onchange: (event) => state.drafts.set(key, event.target.value),
  };
}

export const draftOf = (state, key, fallback = '') => state.drafts.get(key) ?? fallback;

/** Sets a field's value after it is built (a select's value needs its options first). */
export function withValue(element, value) {
  element.value = value;
  return element;
}
