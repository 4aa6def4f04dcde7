/**
 * What the local page's `lightning/*` shims share: the UI API base path (the `sid` cookie
 * authenticates, as in a browser signed in to an org) and Lightning Data Service's error
 * shape, `{ status, statusText, ok: false, body }`, which components already handle.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-update-record.html
 */
export const UI_API = '/services/data/v62.0/ui-api';

export async function uiApi(method, path, body) {
  const response = await fetch(`${UI_API}${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const payload = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw { status: response.status, statusText: response.statusText, ok: false, body: Array.isArray(payload) ? payload[0] : payload };
  }
  return payload;
}

/** `{objectApiName, fieldApiName}` from a schema import, or an `Object.Field` string, as `Object.Field`. */
export function fieldPath(field) {
  return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

const listeners = new Map();

/** LDS keeps one cache per record: a write refreshes every wire showing that record. */
export function onRecordChange(recordId, listener) {
  const key = recordId.slice(0, 15);
  if (!listeners.has(key)) listeners.set(key, new Set());
  listeners.get(key).add(listener);
  return () => listeners.get(key)?.delete(listener);
}

export function recordChanged(recordId) {
  for (const listener of listeners.get(recordId.slice(0, 15)) ?? []) listener();
}
