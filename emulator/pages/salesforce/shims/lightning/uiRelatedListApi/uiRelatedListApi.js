import { fieldPath, uiApi } from 'lds/http';

/** `@wire(getRelatedListRecords, { parentRecordId, relatedListId, fields, optionalFields, pageSize })`. */
export class getRelatedListRecords {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  update(config) {
    if (!config?.parentRecordId || !config.relatedListId) return;
    const params = new URLSearchParams();
    if (config.fields) params.set('fields', config.fields.map(fieldPath).join(','));
    if (config.optionalFields) params.set('optionalFields', config.optionalFields.map(fieldPath).join(','));
    if (config.pageSize) params.set('pageSize', String(config.pageSize));
    uiApi('GET', `/related-list-records/${encodeURIComponent(config.parentRecordId)}/${encodeURIComponent(config.relatedListId)}?${params}`)
      .then((data) => this.dataCallback({ data, error: undefined }))
      .catch((error) => this.dataCallback({ data: undefined, error }));
  }

  connect() {}

  disconnect() {}
}
