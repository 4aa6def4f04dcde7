import { Router, type Response } from 'express';
import { sessionOf } from '../auth/sessions';
import { SalesforceError, sendError } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { objectInfo } from './objectInfo';
import { picklistValuesOf } from './picklistValues';
import { recordInput } from './recordInput';
import { toUiRecord } from './recordShape';
import { userDisplayFormat } from './displayValue';

/**
 * UI API records and object info, the endpoints Lightning Data Service calls.
 * Read errors are `[{errorCode, message}]`; create and update failures are the
 * "Error with Output" body whose output holds record and field errors.
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_error_with_output.htm
 */
const list = (value: unknown) => (typeof value === 'string' && value ? value.split(',').map((s) => s.trim()) : []);

function sendWriteError(res: Response, error: unknown): void {
  // An unreadable body fails before any record logic, in the plain error shape.
  if (!(error instanceof SalesforceError) || error.status === 404 || error.errors[0]?.errorCode === 'JSON_PARSER_ERROR') return sendError(res, error);
  const output = { errors: [] as unknown[], fieldErrors: {} as Record<string, unknown[]> };
  for (const e of error.errors) {
    const entry = { constituentField: null, duplicateRecordError: null, errorCode: e.errorCode, field: e.fields[0] ?? null, fieldLabel: e.fields[0] ?? null, message: e.message };
    if (e.fields.length) for (const field of e.fields) (output.fieldErrors[field] ??= []).push({ ...entry, field, fieldLabel: field });
    else output.errors.push(entry);
  }
  res.status(error.status).json({ enhancedErrorType: 'RecordError', message: 'An error occurred while trying to update the record. Please try again.', output });
}

export function uiApiRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  const { store } = records;
  const shape = (res: Response, id: string, fields: string[], optional: string[]) => {
    const record = records.find(undefined, id);
    return toUiRecord(store, records.schemaOf(store.objectOf(record.Id) as string), record, fields, optional, userDisplayFormat(store.byId(sessionOf(res.locals).userId)));
  };

  router.get('/ui-api/records/batch/:ids', (req, res) => {
    const fields = list(req.query.fields);
    const optional = list(req.query.optionalFields);
    const results = list(req.params.ids).map((id) => {
      try {
        return { result: shape(res, id, fields, optional), statusCode: 200 };
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        return { result: error.errors.map(({ errorCode, message }) => ({ errorCode, message })), statusCode: error.status };
      }
    });
    res.json({ results });
  });

  router.get('/ui-api/records/:id', (req, res) => {
    try {
      res.json(shape(res, req.params.id, list(req.query.fields), list(req.query.optionalFields)));
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post('/ui-api/records', async (req, res) => {
    try {
      const { apiName, fields } = recordInput(req.body);
      const done = records.create(apiName, fields, sessionOf(res.locals).userId);
      await save();
      // The new record comes back with its fields, so the client can name it ("Case 00001027 was created").
      const schema = records.schemaOf(apiName);
      res.status(201).json(shape(res, done.id, [], schema.fields.map((f) => `${schema.name}.${f.name}`)));
    } catch (error) {
      sendWriteError(res, error);
    }
  });

  router.patch('/ui-api/records/:id', async (req, res) => {
    try {
      const { fields } = recordInput(req.body);
      const record = records.find(undefined, req.params.id);
      records.update(store.objectOf(record.Id) as string, record.Id, fields, sessionOf(res.locals).userId);
      await save();
      res.json(shape(res, record.Id, [], []));
    } catch (error) {
      sendWriteError(res, error);
    }
  });

  router.delete('/ui-api/records/:id', async (req, res) => {
    try {
      records.remove(undefined, records.find(undefined, req.params.id).Id, sessionOf(res.locals).userId);
      await save();
      res.status(204).end();
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/ui-api/object-info/batch/:objects', (req, res) => {
    res.json({ results: list(req.params.objects).map((name) => {
      const schema = store.schema(name);
      return schema ? { result: objectInfo(store, schema), statusCode: 200 } : { result: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], statusCode: 404 };
    }) });
  });

  router.get('/ui-api/object-info/:object/picklist-values/:recordTypeId', (req, res) => {
    try {
      const values = picklistValuesOf(records.schemaOf(req.params.object), req.params.recordTypeId);
      if (values) res.json(values);
      else res.status(404).json([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/ui-api/object-info/:object', (req, res) => {
    try {
      res.json(objectInfo(store, records.schemaOf(req.params.object)));
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
