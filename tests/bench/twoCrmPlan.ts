import type { Config } from '../../shared';

/**
 * Issue 18's deployment as an admin sets it up in the console: Salesforce and ServiceNow
 * connected and nothing else, and a lookup plan that searches those two and runs no data action
 * (the demo's REST and GraphQL steps belong to issue 19's data actions, not to this plan). A
 * routing rule that weighs a fact only a data action gives goes with them: the configuration's
 * validation refuses a rule on a fact nothing provides.
 */
export function twoCrmPlan(config: Config, connections: Pick<Config['connections'], 'salesforce' | 'servicenow'>): Config {
  const mapped = (fact: string | undefined) => fact === undefined || Object.hasOwn(config.facts, fact);
  return {
    ...config,
    connections: { salesforce: connections.salesforce, servicenow: connections.servicenow },
    ivr: { ...config.ivr, lookup: { ...config.ivr.lookup, actions: [] } },
    routing: { ...config.routing, rules: config.routing.rules.filter((rule) => rule.when.every((condition) => mapped(condition.fact))) },
  };
}
