import { Router } from 'express';
import { notFound } from '../http/errors';
import type { RecordService } from '../records/recordService';
import { pickFields, toRest } from './serialize';

/**
 * Relationship traversal: `/sobjects/Account/{id}/Contacts` lists the children (a query
 * result), `/sobjects/Contact/{id}/Account` reads the parent; an empty lookup is NOT_FOUND.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_relationships.htm
 */
export function traversalRouter(records: RecordService): Router {
  const router = Router({ mergeParams: true });
  router.get('/sobjects/:object/:id/:relationship', (req, res) => {
    const version = (req.params as Record<string, string>).version;
    const schema = records.schemaOf(req.params.object);
    const record = records.find(schema.name, req.params.id);
    const name = req.params.relationship.toLowerCase();
    const child = schema.childRelationships.find((r) => r.relationshipName.toLowerCase() === name);
    if (child) {
      const childSchema = records.schemaOf(child.childSObject);
      const fields = pickFields(childSchema, req.query.fields);
      const children = [...(records.store.byFieldValue(childSchema.name, child.field, record.Id) ?? [])].flatMap((id) => {
        const found = records.store.byId(id);
        return found && !found.IsDeleted ? [toRest(version, childSchema, found, fields)] : [];
      });
      res.json({ totalSize: children.length, done: true, records: children });
      return;
    }
    const lookup = schema.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === name);
    const parentId = lookup ? record[lookup.name] : undefined;
    if (typeof parentId !== 'string') throw notFound();
    const parentSchema = records.schemaOf(records.store.objectOf(parentId) ?? '');
    res.json(toRest(version, parentSchema, records.find(parentSchema.name, parentId), pickFields(parentSchema, req.query.fields)));
  });
  return router;
}
