import { awaitsAccept } from './actions.js';
import { focused, ringing } from './state.js';

/**
 * Keyboard shortcuts (README, "Agent desktop"): Alt+Shift+A answers the ringing call or
 * accepts the focused digital interaction, Alt+Shift+H hangs up the focused call, Alt+Shift+E
 * ends the focused digital interaction, Alt+Shift+N focuses the next interaction. Keys are
 * read by their position (`code`), so they work whatever Alt+Shift types on the layout.
 */
export const SHORTCUTS = { KeyA: 'answer', KeyH: 'hangup', KeyE: 'end', KeyN: 'next' };

export function commandOf(event) {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUTS[event.code] ?? null;
}

export function listenForShortcuts(target, state, { actions, focus }) {
  const handlers = {
    answer: () => {
      const call = ringing(state)[0];
      if (call) return actions.run(call, 'answer');
      const current = focused(state);
      if (current && awaitsAccept(current)) return actions.run(current, 'accept');
      return null;
    },
    hangup: () => {
      const current = focused(state);
      return current?.channel === 'voice' && current.state === 'connected' ? actions.run(current, 'hangup') : null;
    },
    end: () => {
      const current = focused(state);
      return current && current.channel !== 'voice' && current.state === 'assigned' ? actions.run(current, 'end') : null;
    },
    next: () => focus.next(),
  };
  const onKey = (event) => {
    const command = commandOf(event);
    if (!command) return;
    event.preventDefault();
    void handlers[command]();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
