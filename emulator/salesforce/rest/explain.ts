import { Router, type Request, type Response, type NextFunction } from 'express';
import type { QuerySource } from '../model/types';
import { SfQueryError } from '../query';
import { selectRecords } from '../query/soql/execute';
import { parseSoql } from '../query/soql/parse';
import { requireObject } from '../query/soql/paths';
import { compilePlan } from '../query/soql/plan';
import { indexableEqualities } from '../query/soql/where';

/**
 * `/query?explain=`: the plans the emulator considered for a query, cheapest first: an Index
 * plan when a top-level `field = value` lets it read the field index (what the executor does),
 * and the TableScan it falls back to. Costs follow the documented meaning: below 1 is selective.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query_explain.htm
 */
export interface ExplainPlan {
  cardinality: number;
  fields: string[];
  leadingOperationType: 'Index' | 'TableScan';
  notes: { description: string; fields: string[]; tableEnumOrId: string }[];
  relativeCost: number;
  sobjectCardinality: number;
  sobjectType: string;
}

/** Salesforce's selectivity threshold for a standard index: 10% of the object's records. */
const SELECTIVE_SHARE = 0.1;
const round = (n: number) => Math.round(n * 1000) / 1000;

export function explainQuery(statement: string, source: QuerySource): { plans: ExplainPlan[]; sourceQuery: string } {
  const query = parseSoql(statement);
  if (!query.sObject) throw new SfQueryError('MALFORMED_QUERY', 'A query string has to be specified');
  const schema = requireObject(source, query.sObject, statement);
  const plan = compilePlan({ ...query, fields: [] }, schema, { source, statement, now: new Date(), semiJoin: () => new Set() }, false);
  let total = 0;
  for (const record of source.records(schema.name)) if (record) total++;
  const matched = selectRecords({ ...plan, limit: undefined, offset: 0 }, source, { version: '62.0' }).length;
  const plans: ExplainPlan[] = [];
  const indexed = plan.where ? indexableEqualities(plan.where, schema, source, statement, query.sObjectAlias)[0] : undefined;
  if (indexed) {
    const field = indexed.path.field.name;
    const hits = field === 'Id' ? (source.byId(String(indexed.value)) ? 1 : 0) : [...(source.byFieldValue(schema.name, field, indexed.value) ?? [])].length;
    plans.push({ cardinality: hits, fields: [field], leadingOperationType: 'Index', notes: [], relativeCost: round(hits / Math.max(1, total * SELECTIVE_SHARE)), sobjectCardinality: total, sobjectType: schema.name });
  }
  const scanNotes = plan.where && !indexed ? [{ description: 'Not considering filter for optimization because unindexed', fields: [], tableEnumOrId: schema.name }] : [];
  plans.push({ cardinality: matched, fields: [], leadingOperationType: 'TableScan', notes: scanNotes, relativeCost: round(total === 0 ? 0 : 1 + matched / total), sobjectCardinality: total, sobjectType: schema.name });
  plans.sort((a, b) => a.relativeCost - b.relativeCost);
  return { plans, sourceQuery: statement };
}

/** Answers `GET /query?explain=...` (a SOQL statement, or a list view id through `listViewQuery`); other queries pass on. */
export function explainRouter(source: QuerySource, listViewQuery: (id: string) => string | undefined): Router {
  const router = Router({ mergeParams: true });
  router.get('/query', (req: Request, res: Response, next: NextFunction) => {
    if (typeof req.query.explain !== 'string') return next();
    const statement = listViewQuery(req.query.explain) ?? req.query.explain;
    try {
      res.json(explainQuery(statement, source));
    } catch (error) {
      if (!(error instanceof SfQueryError)) throw error;
      res.status(error.status).json(error.body());
    }
  });
  return router;
}
