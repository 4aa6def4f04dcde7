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

/**
 * `@wire(getRecords, { records: [{ recordIds, fields, optionalFields }] })`: one batch call
 * per group, the results in the order asked, `{ results: [{ statusCode, result }] }`.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-get-records.html
 */
export class getRecords {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
  }

  update(config) {
    this.config = config;
    const groups = (config?.records ?? []).filter((group) => group.recordIds?.length);
    if (groups.length === 0) return;
    Promise.all(groups.map((group) => uiApi('GET', `/records/batch/${group.recordIds.map(encodeURIComponent).join(',')}?${query(group)}`)))
      .then((batches) => this.config === config && this.dataCallback({ data: { results: batches.flatMap((batch) => batch.results) }, error: undefined }))
      .catch((error) => this.dataCallback({ data: undefined, error }));
  }

  connect() {}

  disconnect() {}
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
