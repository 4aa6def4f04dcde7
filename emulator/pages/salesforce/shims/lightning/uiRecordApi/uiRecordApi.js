import { fieldPath, onRecordChange, recordChanged, uiApi } from 'lds/http';

const query = (config) => {
  const params = new URLSearchParams();
  const list = (value) => (Array.isArray(value) ? value : value ? [value] : []).map(fieldPath).join(',');
  if (config.fields) params.set('fields', list(config.fields));
  if (config.optionalFields) params.set('optionalFields', list(config.optionalFields));
  if (config.layoutTypes) params.set('layoutTypes', [].concat(config.layoutTypes).join(','));
  if (config.modes) params.set('modes', [].concat(config.modes).join(','));
  return params.toString();
};

/** `@wire(getRecord, { recordId, fields })`: GET /ui-api/records/{id}, refreshed after writes. */
export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
    this.stopListening = () => {};
  }

  update(config) {
    this.config = config;
    this.stopListening();
    if (!config?.recordId) return;
    this.stopListening = onRecordChange(config.recordId, () => this.fetch());
    this.fetch();
  }

  fetch() {
    const { recordId } = this.config;
    uiApi('GET', `/records/${encodeURIComponent(recordId)}?${query(this.config)}`)
      .then((data) => this.config?.recordId === recordId && this.dataCallback({ data, error: undefined }))
      .catch((error) => this.dataCallback({ data: undefined, error }));
  }

  connect() {}

  disconnect() {
    this.stopListening();
  }
}

export async function updateRecord(recordInput) {
  const { Id, ...fields } = recordInput.fields;
  const record = await uiApi('PATCH', `/records/${encodeURIComponent(Id)}`, { fields });
  recordChanged(Id);
  return record;
}

export function createRecord(recordInput) {
  return uiApi('POST', '/records', { apiName: recordInput.apiName, fields: recordInput.fields });
}

export async function deleteRecord(recordId) {
  await uiApi('DELETE', `/records/${encodeURIComponent(recordId)}`);
  recordChanged(recordId);
}

export async function notifyRecordUpdateAvailable(items) {
  for (const { recordId } of items) recordChanged(recordId);
}

/** Reads `Field` or a spanning `Relation.Field` path from a UI API record. */
export function getFieldValue(record, field) {
  const [, ...path] = fieldPath(field).split('.');
  let node = record;
  for (const name of path) {
    const value = node?.fields?.[name]?.value;
    if (value === undefined) return undefined;
    node = value;
  }
  return node;
}

export function getFieldDisplayValue(record, field) {
  const [, ...path] = fieldPath(field).split('.');
  const last = path.pop();
  let node = record;
  for (const name of path) node = node?.fields?.[name]?.value;
  return node?.fields?.[last]?.displayValue ?? null;
}
