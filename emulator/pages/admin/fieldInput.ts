import { MASK } from '../../../shared';
import { escapeHtml } from '../common';

/**
 * The kinds of a single input; `value` is a condition's value: one scalar, or a list when comma
 * separated; `secret` a write-only credential (never shown, empty keeps the stored one); `present`
 * a box that says whether the object at its path exists at all (a connection is set up or not).
 */
export type InputKind = 'text' | 'number' | 'checkbox' | 'select' | 'list' | 'json' | 'value' | 'secret' | 'present';

/** What an input shows of a configuration value. */
export function shownValue(kind: InputKind, value: unknown): string {
  if (kind === 'secret') return '';
  if (kind === 'present') return String(!!value && typeof value === 'object');
  if (kind === 'json') return value === undefined ? '' : JSON.stringify(value, null, 2);
  // A list of one keeps its comma, so it reads back as a list ('in' takes lists only).
  if (kind === 'value' && Array.isArray(value) && value.length === 1) return `${String(value[0])},`;
  if (kind === 'list' || kind === 'value') return Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value);
  return value === undefined || value === null ? '' : String(value);
}

/** `9` is a number, `true` a boolean, anything else the text typed. */
function scalar(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/**
 * The configuration value of an input's text, or an error for JSON that does not parse.
 * Empty values are left out (the configuration's default, or the server's refusal, applies); what is not
 * a number goes to the server as typed, which names the field in its refusal.
 */
export function parseInput(kind: InputKind, text: string, checked: boolean): { value: unknown } | { error: string } {
  switch (kind) {
    case 'checkbox':
    case 'present':
      return { value: checked };
    case 'secret':
      // The mask stands for the stored secret, which the save keeps.
      return { value: text === '' ? MASK : text };
    case 'number':
      if (text.trim() === '') return { value: undefined };
      return { value: Number.isFinite(Number(text)) ? Number(text) : text };
    case 'list':
      return { value: text.split(',').map((v) => v.trim()).filter(Boolean) };
    case 'value': {
      const parts = text.split(',').map((v) => v.trim());
      if (text.trim() === '') return { value: undefined };
      return { value: parts.length > 1 ? parts.filter(Boolean).map(scalar) : scalar(parts[0]) };
    }
    case 'select':
      return { value: text === '' ? undefined : text };
    case 'json':
      // An empty box says nothing (the blank row offered for adding), like an empty text input.
      if (text.trim() === '') return { value: undefined };
      try {
        return { value: JSON.parse(text) };
      } catch (error) {
        return { error: `not valid JSON: ${(error as Error).message}` };
      }
    default:
      return { value: text === '' ? undefined : text };
  }
}

export interface InputAttributes {
  id: string;
  name: string;
  described: string;
  invalid: boolean;
  /** For selects: the values offered, `''` shown as `blankLabel`. */
  options?: readonly string[];
  blankLabel?: string;
}

/** One SLDS input; the label is rendered by the caller. */
export function inputHtml(kind: InputKind, text: string, a: InputAttributes): string {
  const common = `id="${a.id}" name="${escapeHtml(a.name)}"${a.described ? ` aria-describedby="${a.described}"` : ''}${a.invalid ? ' aria-invalid="true"' : ''}`;
  switch (kind) {
    case 'checkbox':
    case 'present':
      return `<input type="checkbox" ${common} value="on"${text === 'true' ? ' checked' : ''}>`;
    case 'secret':
      return `<input class="slds-input" type="password" autocomplete="new-password" ${common} value="">`;
    case 'select': {
      // A value the options do not hold (typed before, or removed since) is still shown, so saving keeps it.
      const options = [...(a.options ?? [])];
      if (!options.includes(text)) options.unshift(text);
      return `<select class="slds-select" ${common}>${options.map((o) => `<option value="${escapeHtml(o)}"${o === text ? ' selected' : ''}>${escapeHtml(o === '' ? (a.blankLabel ?? '') : o)}</option>`).join('')}</select>`;
    }
    case 'json':
      return `<textarea class="slds-textarea" rows="${Math.min(24, Math.max(4, text.split('\n').length + 1))}" spellcheck="false" style="font-family:monospace" ${common}>${escapeHtml(text)}</textarea>`;
    default:
      return `<input class="slds-input" type="text"${kind === 'number' ? ' inputmode="numeric"' : ''} ${common} value="${escapeHtml(text)}">`;
  }
}
