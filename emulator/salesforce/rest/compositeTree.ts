import { Router } from 'express';
import { sessionOf } from '../auth/sessions';
import { isRecordBody } from '../http/body';
import { fail, SalesforceError } from '../http/errors';
import type { Applied, RecordService } from '../records/recordService';

/**
 * sObject Tree: a parent and its children (up to 5 levels, 200 records) created in one call,
 * each named by `attributes.referenceId`. All are saved or none: a failure answers 400 with
 * `hasErrors` and the failing references' errors.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobject_tree.htm
 */
const MAX_RECORDS = 200;
const MAX_DEPTH = 5;

type TreeRecord = Record<string, unknown> & { attributes?: { type?: string; referenceId?: string } };
type TreeResult = { referenceId: string; id: string } | { referenceId: string; errors: { statusCode: string; message: string; fields: string[] }[] };

class TreeFailure extends Error {
  constructor(
    readonly referenceId: string,
    readonly failure: SalesforceError,
  ) {
    super(failure.message);
  }
}

export function compositeTreeRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  router.post('/composite/tree/:object', async (req, res) => {
    const root = records.schemaOf(req.params.object);
    const list = isRecordBody(req.body) ? req.body.records : undefined;
    if (!Array.isArray(list) || !list.every(isRecordBody)) throw fail(400, 'JSON_PARSER_ERROR', 'The request body must have a records array');
    const userId = sessionOf(res.locals).userId;
    const applied: Applied[] = [];
    const results: TreeResult[] = [];
    const references = new Set<string>();
    let count = 0;

    const insert = (objectName: string, record: TreeRecord, parent: { field: string; id: string } | undefined, depth: number) => {
      const referenceId = record.attributes?.referenceId;
      if (!referenceId) throw fail(400, 'INVALID_INPUT', 'Include a reference ID for each record in the request.');
      if (references.has(referenceId)) throw fail(400, 'INVALID_INPUT', `Duplicate ReferenceId provided in the request: ${referenceId}`);
      references.add(referenceId);
      if (++count > MAX_RECORDS) throw fail(400, 'INVALID_INPUT', `Number of records in the request exceeds the limit of ${MAX_RECORDS}`);
      if (depth > MAX_DEPTH) throw fail(400, 'INVALID_INPUT', `Number of levels in the request exceeds the limit of ${MAX_DEPTH}`);
      const schema = records.schemaOf(objectName);
      const values: Record<string, unknown> = {};
      const children: [string, TreeRecord[]][] = [];
      for (const [key, value] of Object.entries(record)) {
        if (key === 'attributes') continue;
        const relationship = schema.childRelationships.find((r) => r.relationshipName.toLowerCase() === key.toLowerCase());
        if (relationship && isRecordBody(value) && Array.isArray(value.records)) children.push([relationship.relationshipName, value.records as TreeRecord[]]);
        else values[key] = value;
      }
      if (parent) values[parent.field] = parent.id;
      let done: Applied;
      try {
        done = records.create(schema.name, values, userId);
      } catch (error) {
        if (error instanceof SalesforceError) throw new TreeFailure(referenceId, error);
        throw error;
      }
      applied.push(done);
      results.push({ referenceId, id: done.id });
      for (const [name, childRecords] of children) {
        const relationship = schema.childRelationships.find((r) => r.relationshipName === name)!;
        for (const child of childRecords) insert(child.attributes?.type ?? relationship.childSObject, child, { field: relationship.field, id: done.id }, depth + 1);
      }
    };

    try {
      for (const record of list as TreeRecord[]) insert(record.attributes?.type ?? root.name, record, undefined, 1);
    } catch (error) {
      for (const done of applied.reverse()) done.undo();
      if (!(error instanceof TreeFailure)) throw error;
      const errors = error.failure.errors.map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields }));
      res.status(400).json({ hasErrors: true, results: [{ referenceId: error.referenceId, errors }] });
      return;
    }
    await save();
    res.status(201).json({ hasErrors: false, results });
  });
  return router;
}
