import { escapeHtml } from '../common';
import { dotted, valueAt, withValueAt } from './configPaths';
import { inputHtml, parseInput, shownValue, type InputKind } from './fieldInput';
import { itemNames, readRows, type RowsRead } from './rowsField';

/**
 * One input of a console form, bound to one value of the configuration; or `rows`, a list of
 * items (routing rules, their conditions, dispositions) each made of `columns`, whose paths are
 * relative to the item.
 */
export interface FieldSpec {
  path: string[];
  label: string;
  /** `group`: its `columns` under one legend (a CRM's connection), paths relative to the group's. */
  kind: InputKind | 'rows' | 'group';
  help?: string;
  /** For selects: the values offered; `''` (shown as `blankLabel`) leaves the value out. */
  options?: readonly string[];
  blankLabel?: string;
  /** For rows: each item's fields, the item's name ("Rule" makes "Rule 1"), whether the admin orders them, empty items offered for adding. */
  columns?: FieldSpec[];
  itemLabel?: string;
  ordered?: boolean;
  blank?: number;
  /** For lists: an empty one is left out rather than saved as `[]` (a lookup target's optional `returning`). */
  optional?: boolean;
  /** For rows over a record (facts by name): the column holding each item's key. */
  keyedBy?: string;
}

export interface FieldError {
  path: string;
  message: string;
}

/** The input's id: its path, safe in HTML ids. */
const idOf = (path: readonly string[]) => `f-${dotted(path).replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** Errors of the value at `name` or under it (`routing.rules[2].queue` under `routing.rules`). */
const under = (name: string, error: FieldError) => error.path === name || error.path.startsWith(`${name}.`) || error.path.startsWith(`${name}[`);

interface RenderState {
  config: unknown;
  typed?: Record<string, string>;
  errors: readonly FieldError[];
  claimed: Set<FieldError>;
}

const errorText = (errors: FieldError[]) => errors.map((e) => `${escapeHtml(e.path)}: ${escapeHtml(e.message)}`).join('<br>');

function renderLeaf(field: FieldSpec & { kind: InputKind }, path: string[], state: RenderState): string {
  const name = dotted(path);
  const id = idOf(path);
  // A presence box stands for its whole object: the errors of the fields inside are theirs.
  const mine = state.errors.filter((e) => !state.claimed.has(e) && (field.kind === 'present' ? e.path === name : under(name, e)));
  mine.forEach((e) => state.claimed.add(e));
  const text = state.typed && Object.hasOwn(state.typed, name) ? state.typed[name] : shownValue(field.kind, valueAt(state.config, path));
  const help = field.kind === 'secret' ? secretHelp(valueAt(state.config, path) !== undefined, field.help) : field.help;
  const helpId = help ? `${id}-help` : '';
  const errorId = mine.length ? `${id}-error` : '';
  const attributes = { id, name, described: [helpId, errorId].filter(Boolean).join(' '), invalid: mine.length > 0, options: field.options, blankLabel: field.blankLabel };
  const input = inputHtml(field.kind, text, attributes);
  const label = `<label class="slds-form-element__label" for="${id}">${escapeHtml(field.label)}</label>`;
  return `<div class="slds-form-element slds-m-bottom_small${mine.length ? ' slds-has-error' : ''}">
${field.kind === 'checkbox' || field.kind === 'present' ? `<div class="slds-form-element__control">${input} ${label}</div>` : `${label}<div class="slds-form-element__control">${input}</div>`}
${help ? `<div class="slds-form-element__help slds-text-color_weak" id="${helpId}">${escapeHtml(help)}</div>` : ''}
${mine.length ? `<div class="slds-form-element__help" id="${errorId}">${errorText(mine)}</div>` : ''}
</div>`;
}

/** A secret is never shown, not even after a refusal: the help says whether one is stored. */
const secretHelp = (stored: boolean, help?: string) =>
  [stored ? 'A value is stored and never shown: leave empty to keep it.' : 'None stored.', help].filter(Boolean).join(' ');

/** A record's entries as the items of a list, each with its key in the `keyedBy` column. */
export function keyedItems(value: unknown, keyedBy: string): unknown[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).map(([key, item]) => ({ ...(item && typeof item === 'object' ? item : {}), [keyedBy]: key }));
}

/** A list's items, each a fieldset with its order, its fields and a Remove box; empty items at the end add new ones. */
function renderRows(field: FieldSpec, path: string[], state: RenderState): string {
  const name = dotted(path);
  const value = valueAt(state.config, path);
  const stored = field.keyedBy ? keyedItems(value, field.keyedBy) : value;
  const itemState = field.keyedBy ? { ...state, config: withValueAt(state.config, path, stored) } : state;
  const count = state.typed && Object.hasOwn(state.typed, `${name}.__count`) ? Number(state.typed[`${name}.__count`]) : (Array.isArray(stored) ? stored.length : 0) + (field.blank ?? 1);
  // Errors about an item's fields are claimed by the fields first; what remains is the list's or the item's own.
  const items = Array.from({ length: count }, (_, i) => {
    const itemPath = [...path, String(i)];
    const names = itemNames(name, i);
    // An item's own values on one line; its lists (a rule's conditions, its skills) below, full width.
    const columns = field.columns ?? [];
    const inline = columns.filter((c) => c.kind !== 'rows').map((column) => renderField(column, [...itemPath, ...column.path], itemState));
    const lists = columns.filter((c) => c.kind === 'rows').map((column) => renderField(column, [...itemPath, ...column.path], itemState));
    const own = state.errors.filter((e) => !state.claimed.has(e) && under(names.item, e));
    own.forEach((e) => state.claimed.add(e));
    const typedOr = (key: string, fallback: string) => (state.typed && Object.hasOwn(state.typed, key) ? state.typed[key] : fallback);
    const order = field.ordered ? renderLeaf({ path: [], label: 'Order', kind: 'number' }, [...itemPath, '__order'], { ...state, typed: { [names.order]: typedOr(names.order, String(i + 1)) } }) : '';
    const remove = renderLeaf({ path: [], label: `Remove ${field.itemLabel ?? 'item'} ${i + 1}`, kind: 'checkbox' }, [...itemPath, '__remove'], { ...state, typed: { [names.remove]: typedOr(names.remove, 'false') } });
    const isNew = !state.typed && i >= (Array.isArray(stored) ? stored.length : 0);
    return `<fieldset class="slds-box slds-box_x-small slds-m-bottom_x-small${own.length ? ' slds-has-error' : ''}"><legend class="slds-text-title_bold">${escapeHtml(`${field.itemLabel ?? 'Item'} ${i + 1}`)}${isNew ? ' (new)' : ''}</legend>
${own.length ? `<div class="slds-form-element__help" role="alert">${errorText(own)}</div>` : ''}
<div class="slds-grid slds-wrap slds-gutters_x-small">${[order, ...inline, remove].filter(Boolean).map((html) => `<div class="slds-col slds-grow-none" style="min-width:9rem">${html}</div>`).join('')}</div>${lists.join('\n')}</fieldset>`;
  });
  const own = state.errors.filter((e) => !state.claimed.has(e) && e.path === name);
  own.forEach((e) => state.claimed.add(e));
  return `<fieldset class="slds-form-element slds-m-bottom_small${own.length ? ' slds-has-error' : ''}" id="${idOf(path)}"><legend class="slds-text-title_bold slds-p-vertical_xx-small">${escapeHtml(field.label)}</legend>
${field.help ? `<div class="slds-form-element__help slds-text-color_weak">${escapeHtml(field.help)}</div>` : ''}
${own.length ? `<div class="slds-form-element__help" id="${idOf(path)}-error" role="alert">${errorText(own)}</div>` : ''}
<input type="hidden" name="${escapeHtml(name)}.__count" value="${count}">${items.join('\n')}</fieldset>`;
}

/** A group's fields under one legend: a CRM's connection. */
function renderGroup(field: FieldSpec, path: string[], state: RenderState): string {
  const inner = (field.columns ?? []).map((column) => renderField(column, [...path, ...column.path], state)).join('\n');
  return `<fieldset class="slds-box slds-box_x-small slds-m-bottom_small" id="${idOf(path)}-group"><legend class="slds-text-title_bold slds-p-vertical_xx-small">${escapeHtml(field.label)}</legend>
${field.help ? `<div class="slds-form-element__help slds-text-color_weak slds-m-bottom_x-small">${escapeHtml(field.help)}</div>` : ''}${inner}</fieldset>`;
}

function renderField(field: FieldSpec, path: string[], state: RenderState): string {
  if (field.kind === 'rows') return renderRows(field, path, state);
  if (field.kind === 'group') return renderGroup(field, path, state);
  return renderLeaf(field as FieldSpec & { kind: InputKind }, path, state);
}

/** The form's inputs and lists with their whole paths: a group stands for its fields. */
export function flatFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.flatMap((field) => (field.kind === 'group' ? flatFields((field.columns ?? []).map((c) => ({ ...c, path: [...field.path, ...c.path] }))) : [field]));
}

/**
 * A form over some values of the configuration. After a refusal `typed` holds what the admin
 * typed (shown again as typed) and each error stands beside its field.
 */
export function renderSectionForm(opts: { action: string; fields: FieldSpec[]; config: unknown; typed?: Record<string, string>; errors?: FieldError[]; submit?: string }): string {
  const state: RenderState = { config: opts.config, typed: opts.typed, errors: opts.errors ?? [], claimed: new Set() };
  const rows = opts.fields.map((field) => renderField(field, field.path, state));
  const rest = state.errors.filter((e) => !state.claimed.has(e));
  return `<form method="post" action="${escapeHtml(opts.action)}" class="slds-box slds-theme_default slds-m-bottom_medium" novalidate>
${rest.length ? `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_small" role="alert">${rest.map((e) => `${escapeHtml(e.path || 'configuration')}: ${escapeHtml(e.message)}`).join('<br>')}</div>` : ''}
${rows.join('\n')}
<button class="slds-button slds-button_brand" type="submit">${escapeHtml(opts.submit ?? 'Save to draft')}</button></form>`;
}

/** What reading a form gathers: the typed text of every input, the values, the inputs that could not be read. */
export interface FormRead extends RowsRead {
  values: [string[], unknown][];
}

/** Reads one field at its form path; lists are read by `readRows`, which renames their items to the order they are saved in. */
export function readField(field: FieldSpec, path: string[], serverPath: string[], body: Record<string, unknown>, read: RowsRead): { value: unknown; empty: boolean } {
  if (field.kind === 'rows') return readRows(field, path, serverPath, body, read, readField);
  const name = dotted(path);
  const raw = body[name];
  const text = typeof raw === 'string' ? raw : '';
  const box = field.kind === 'checkbox' || field.kind === 'present';
  // A typed secret is not kept for showing again.
  read.typed[name] = box ? String(raw === 'on') : field.kind === 'secret' ? '' : text;
  const parsed = parseInput(field.kind as InputKind, text, raw === 'on');
  if ('error' in parsed) {
    read.errors.push({ path: name, message: parsed.error });
    return { value: undefined, empty: false };
  }
  const empty = box ? raw !== 'on' : text.trim() === '';
  return { value: empty && field.optional ? undefined : parsed.value, empty };
}

/**
 * The configuration values a submitted form carries, or the fields it could not even read
 * (JSON that does not parse), which are refused here with the error beside them.
 */
export function readSectionForm(fields: FieldSpec[], body: Record<string, unknown>): FormRead {
  const read: FormRead = { typed: {}, values: [], errors: [], renamed: new Map() };
  for (const field of flatFields(fields)) {
    const { value } = readField(field, field.path, field.path, body, read);
    read.values.push([field.path, value]);
  }
  return read;
}

/**
 * A server error's path in the form's terms: the server numbers a list's items in the order they
 * were saved (sorted, empty and removed ones left out), the form as the admin sees them.
 */
export function formPathOf(path: string, renamed: ReadonlyMap<string, string>): string {
  let best = '';
  for (const key of renamed.keys()) if (key.length > best.length && (path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))) best = key;
  return best ? renamed.get(best)! + path.slice(best.length) : path;
}
