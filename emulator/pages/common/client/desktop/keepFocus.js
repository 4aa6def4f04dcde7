/**
 * Re-renders `host` without taking the keyboard focus or the caret from the agent: the
 * element with the same `data-keep` key gets them back.
 */
export function renderKeepingFocus(host, build) {
  const active = document.activeElement;
  const key = active && host.contains(active) ? active.getAttribute('data-keep') : null;
  const selection = key && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
  host.replaceChildren(build());
  if (!key) return;
  const again = [...host.querySelectorAll('[data-keep]')].find((element) => element.getAttribute('data-keep') === key);
  if (!again) return;
  again.focus({ preventScroll: true });
  if (selection && typeof again.setSelectionRange === 'function') again.setSelectionRange(...selection);
}
