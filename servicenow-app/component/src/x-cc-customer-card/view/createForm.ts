import { createElement } from '@servicenow/ui-renderer-snabbdom';
import { createFields, type CreateField } from '../actions/createFields';
import { createTypes } from '../actions/create';
import { CARD } from '../actionTypes';
import type { CardState, CreateForm } from '../state';
import { modal } from './modal';
import { tableLabel } from './recordRow';
import { fieldError } from './section';
import type { Dispatch } from './types';

const inputId = (name: string) => `cc-create-${name}`;

function fieldRow(form: CreateForm, field: CreateField, dispatch: Dispatch) {
  const id = inputId(field.name);
  const error = form.fieldErrors[field.name] ?? null;
  const props = {
    id,
    name: field.name,
    className: 'create-input',
    'props-value': form.values[field.name] ?? '',
    'aria-invalid': error ? 'true' : 'false',
    'aria-describedby': error ? `${id}-error` : null,
    'on-input': (event: Event) => dispatch(CARD.CREATE_FIELD_CHANGED, { field: field.name, value: (event.target as HTMLInputElement).value }),
  };
  return createElement(
    'div',
    { className: `form-field${error ? ' has-error' : ''}`, 'data-field': field.name },
    createElement('label', { for: id }, field.label),
    field.multiline ? createElement('textarea', { ...props, rows: '3' }) : createElement('input', { ...props, type: field.type ?? 'text' }),
    fieldError(`${id}-error`, error),
  );
}

/** §4.1: the create pop-up: a type the admin allows, the fields pre-filled from the interaction. */
export function createForm(state: CardState, dispatch: Dispatch) {
  const form = state.create;
  if (!form) return null;
  const types = createTypes(state);
  return modal('cc-create', 'Create new record', CARD.CREATE_CLOSED, dispatch, [
    createElement(
      'form',
      {
        className: 'create-form',
        novalidate: true,
        'aria-busy': form.saving ? 'true' : 'false',
        'on-submit': (event: Event) => {
          event.preventDefault();
          dispatch(CARD.CREATE_SAVED);
        },
      },
      createElement(
        'div',
        { className: 'form-field' },
        createElement('label', { for: 'cc-create-type' }, 'Type'),
        createElement(
          'select',
          {
            id: 'cc-create-type',
            'props-value': form.object,
            'on-change': (event: Event) => dispatch(CARD.CREATE_TYPE_CHANGED, { object: (event.target as HTMLSelectElement).value }),
          },
          ...types.map((object) => createElement('option', { value: object, selected: object === form.object }, tableLabel(object))),
        ),
      ),
      ...createFields(form.object, form.values).map((field) => fieldRow(form, field, dispatch)),
      fieldError('cc-create-error', form.error),
      createElement(
        'div',
        { className: 'modal-actions' },
        createElement('button', { type: 'button', className: 'cancel', 'on-click': () => dispatch(CARD.CREATE_CLOSED) }, 'Cancel'),
        createElement('button', { type: 'submit', className: 'save primary', disabled: form.saving }, form.saving ? 'Saving…' : 'Save'),
      ),
    ),
  ]);
}
