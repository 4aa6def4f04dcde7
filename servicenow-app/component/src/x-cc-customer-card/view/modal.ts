import { createElement, type Child } from '@servicenow/ui-renderer-snabbdom';
import type { Dispatch } from './types';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * Keeps Tab inside the dialog and closes it on Escape, as the WAI-ARIA modal dialog pattern asks
 * (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/).
 */
function onKeydown(closeAction: string, dispatch: Dispatch) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dispatch(closeAction);
      return;
    }
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLElement;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
}

/** The control that opened each dialog, focused again when the dialog closes. */
const openers = new WeakMap<Element, HTMLElement>();

function opened(vnode: { elm: HTMLElement }) {
  const active = (vnode.elm.getRootNode() as Document | ShadowRoot).activeElement;
  if (active instanceof HTMLElement) openers.set(vnode.elm, active);
  vnode.elm.querySelector<HTMLElement>(FOCUSABLE)?.focus();
}

function closed(vnode: { elm: HTMLElement }) {
  const opener = openers.get(vnode.elm);
  // After the patch that removes the dialog, so the opener is in its final place.
  if (opener) queueMicrotask(() => opener.isConnected && opener.focus());
}

/** A modal pop-up over the card: labelled by its title, first field focused when it opens, focus given back on close. */
export function modal(id: string, title: string, closeAction: string, dispatch: Dispatch, body: Child[]) {
  return createElement(
    'div',
    { className: 'modal-backdrop' },
    createElement(
      'div',
      {
        className: `modal ${id}`,
        id,
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': `${id}-title`,
        'on-keydown': onKeydown(closeAction, dispatch),
        'hook-insert': opened,
        'hook-destroy': closed,
      },
      createElement('h3', { id: `${id}-title`, className: 'modal-title' }, title),
      ...body,
    ),
  );
}
