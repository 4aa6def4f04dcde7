import { escapeHtml } from '../common';
import { dotted, valueAt } from './configPaths';

/** One input of a console form, bound to one value of the configuration. */
export interface FieldSpec {
  path: string[];
  label: string;
  kind: 'text' | 'number' | 'checkbox' | 'select' | 'list' | 'json';
  help?: string;
  /** For selects: the values offered. */
  options?: readonly string[];
}

export interface FieldError {
  path: string;
  message: string;
}

/** The input's name and id: its dotted path, safe in HTML ids. */
const idOf = (field: FieldSpec) => `f-${dotted(field.path).replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export const nameOf = (field: FieldSpec) => dotted(field.path);

/** What the input shows of a configuration value. */
function shown(field: FieldSpec, value: unknown): string {
  if (field.kind === 'json') return JSON.stringify(value ?? null, null, 2);
  if (field.kind === 'list') return Array.isArray(value) ? value.join(', ') : '';
  return value === undefined || value === null ? '' : String(value);
}

/** An error belongs to the field whose path it is or lies under (`routing.rules[2].queue` under `routing.rules`). */
export const errorsOf = (field: FieldSpec, errors: readonly FieldError[]) =>
  errors.filter((e) => e.path === nameOf(field) || e.path.startsWith(`${nameOf(field)}.`) || e.path.startsWith(`${nameOf(field)}[`));

function input(field: FieldSpec, text: string, described: string, invalid: boolean): string {
  const common = `id="${idOf(field)}" name="${escapeHtml(nameOf(field))}"${described ? ` aria-describedby="${described}"` : ''}${invalid ? ' aria-invalid="true"' : ''}`;
  switch (field.kind) {
    case 'checkbox':
      return `<input type="checkbox" ${common} value="on"${text === 'true' ? ' checked' : ''}>`;
    case 'select':
      return `<select class="slds-select" ${common}>${(field.options ?? []).map((o) => `<option${o === text ? ' selected' : ''}>${escapeHtml(o)}</option>`).join('')}</select>`;
    case 'json':
      return `<textarea class="slds-textarea" rows="${Math.min(24, Math.max(4, text.split('\n').length + 1))}" spellcheck="false" style="font-family:monospace" ${common}>${escapeHtml(text)}</textarea>`;
    default:
      return `<input class="slds-input" type="${field.kind === 'number' ? 'text' : 'text'}"${field.kind === 'number' ? ' inputmode="numeric"' : ''} ${common} value="${escapeHtml(text)}">`;
  }
}

/**
 * A form over some values of the configuration. After a refusal `typed` holds what the admin
 * typed (shown again as typed) and each error stands beside its field.
 */
export function renderSectionForm(opts: { action: string; fields: FieldSpec[]; config: unknown; typed?: Record<string, string>; errors?: FieldError[]; submit?: string }): string {
  const errors = opts.errors ?? [];
  const claimed = new Set<FieldError>();
  const rows = opts.fields.map((field) => {
    const mine = errorsOf(field, errors);
    mine.forEach((e) => claimed.add(e));
    const text = opts.typed && Object.hasOwn(opts.typed, nameOf(field)) ? opts.typed[nameOf(field)] : shown(field, valueAt(opts.config, field.path));
    const helpId = field.help ? `${idOf(field)}-help` : '';
    const errorId = mine.length ? `${idOf(field)}-error` : '';
    const described = [helpId, errorId].filter(Boolean).join(' ');
    const label = `<label class="slds-form-element__label" for="${idOf(field)}">${escapeHtml(field.label)}</label>`;
    return `<div class="slds-form-element slds-m-bottom_small${mine.length ? ' slds-has-error' : ''}">
${field.kind === 'checkbox' ? `<div class="slds-form-element__control">${input(field, text, described, mine.length > 0)} ${label}</div>` : `${label}<div class="slds-form-element__control">${input(field, text, described, mine.length > 0)}</div>`}
${field.help ? `<div class="slds-form-element__help slds-text-color_weak" id="${helpId}">${escapeHtml(field.help)}</div>` : ''}
${mine.length ? `<div class="slds-form-element__help" id="${errorId}">${mine.map((e) => `${escapeHtml(e.path)}: ${escapeHtml(e.message)}`).join('<br>')}</div>` : ''}
</div>`;
  });
  const rest = errors.filter((e) => !claimed.has(e));
  return `<form method="post" action="${escapeHtml(opts.action)}" class="slds-box slds-theme_default slds-m-bottom_medium" novalidate>
${rest.length ? `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_small" role="alert">${rest.map((e) => `${escapeHtml(e.path || 'configuration')}: ${escapeHtml(e.message)}`).join('<br>')}</div>` : ''}
${rows.join('\n')}
<button class="slds-button slds-button_brand" type="submit">${escapeHtml(opts.submit ?? 'Save to draft')}</button></form>`;
}

/**
 * The configuration values a submitted form carries, or the fields it could not even read
 * (JSON that does not parse), which are refused here with the error beside them.
 */
export function readSectionForm(fields: FieldSpec[], body: Record<string, unknown>): { typed: Record<string, string>; values: [string[], unknown][]; errors: FieldError[] } {
  const typed: Record<string, string> = {};
  const values: [string[], unknown][] = [];
  const errors: FieldError[] = [];
  for (const field of fields) {
    const raw = body[nameOf(field)];
    const text = typeof raw === 'string' ? raw : '';
    typed[nameOf(field)] = field.kind === 'checkbox' ? String(raw === 'on') : text;
    switch (field.kind) {
      case 'checkbox':
        values.push([field.path, raw === 'on']);
        break;
      case 'number':
        // What is not a number goes to the server as typed, which names the field in its refusal.
        values.push([field.path, text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text]);
        break;
      case 'list':
        values.push([field.path, text.split(',').map((v) => v.trim()).filter(Boolean)]);
        break;
      case 'json':
        try {
          values.push([field.path, JSON.parse(text)]);
        } catch (error) {
          errors.push({ path: nameOf(field), message: `not valid JSON: ${(error as Error).message}` });
        }
        break;
      default:
        values.push([field.path, text]);
    }
  }
  return { typed, values, errors };
}
