import { createElement, type Child } from '@servicenow/ui-renderer-snabbdom';
import { CARD } from '../actionTypes';
import type { Dispatch } from './types';

/** §1.1: a section that expands and collapses (a disclosure button controlling its body). */
export function section(key: 'current' | 'related', title: string, open: boolean, dispatch: Dispatch, body: Child[], tools: Child[] = []) {
  const bodyId = `cc-section-${key}`;
  return createElement(
    'section',
    { className: `section section-${key}`, 'aria-labelledby': `${bodyId}-title` },
    createElement(
      'div',
      { className: 'section-header' },
      createElement(
        'button',
        {
          className: 'disclosure',
          type: 'button',
          id: `${bodyId}-title`,
          'aria-expanded': open ? 'true' : 'false',
          'aria-controls': bodyId,
          'on-click': () => dispatch(CARD.SECTION_TOGGLED, { section: key }),
        },
        createElement('span', { className: 'chevron', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
        title,
      ),
      ...tools,
    ),
    open ? createElement('div', { className: 'section-body', id: bodyId }, ...body) : null,
  );
}

export const fieldError = (id: string, message: string | null) =>
  message ? createElement('p', { className: 'field-error', id, role: 'alert' }, message) : null;
