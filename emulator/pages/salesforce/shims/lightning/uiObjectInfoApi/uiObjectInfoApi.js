import { uiApi } from 'lds/http';

/** `@wire(getObjectInfo, { objectApiName })`: GET /ui-api/object-info/{object}. */
export class getObjectInfo {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  update(config) {
    const name = config?.objectApiName?.objectApiName ?? config?.objectApiName;
    if (!name) return;
    uiApi('GET', `/object-info/${encodeURIComponent(name)}`)
      .then((data) => this.dataCallback({ data, error: undefined }))
      .catch((error) => this.dataCallback({ data: undefined, error }));
  }

  connect() {}

  disconnect() {}
}

/**
 * `@wire(getPicklistValuesByRecordType, { objectApiName, recordTypeId })`:
 * GET /ui-api/object-info/{object}/picklist-values/{recordTypeId}.
 */
export class getPicklistValuesByRecordType {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  update(config) {
    const name = config?.objectApiName?.objectApiName ?? config?.objectApiName;
    if (!name || !config?.recordTypeId) return;
    uiApi('GET', `/object-info/${encodeURIComponent(name)}/picklist-values/${encodeURIComponent(config.recordTypeId)}`)
      .then((data) => this.dataCallback({ data, error: undefined }))
      .catch((error) => this.dataCallback({ data: undefined, error }));
  }

  connect() {}

  disconnect() {}
}
