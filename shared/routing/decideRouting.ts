import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { conditionHolds } from './conditions';
import { MAX_SKILLS, type RoutingConfig, type SkillRequest } from './ruleSchema';

/** A rule that fired, named for the agent's alert and the admin's audit. */
export interface RoutingReason {
  rule: number;
  name: string;
  chose: { queue?: string; skills: string[] };
}

export interface RoutingDecision {
  queue: string;
  skills: SkillRequest[];
  /** Skills requested by the rules but beyond the five the ACD takes, lowest priority first. */
  droppedSkills: SkillRequest[];
  reasons: RoutingReason[];
}

/**
 * PRODUCT.md §7.3: rules over the CRM record's fields choose one queue (the first rule that
 * names one) and up to five skills (all fired rules, the most important kept).
 */
export function decideRouting(
  routing: RoutingConfig,
  fields: Readonly<Record<string, unknown>>,
  config: FeatureSwitches,
  /** The caller's facts (`tier`, `language`), which rules written once for every CRM test. */
  facts: Readonly<Record<string, unknown>> = {},
): RoutingDecision | FeatureDisabled {
  const disabled = requireFeature(config, 'routing');
  if (disabled) return disabled;
  let queue: string | undefined;
  const requested = new Map<string, SkillRequest>();
  const reasons: RoutingReason[] = [];
  for (const [i, rule] of routing.rules.entries()) {
    if (!rule.when.every((condition) => conditionHolds(condition, fields, facts))) continue;
    const queueChosen = queue === undefined ? rule.queue : undefined;
    queue ??= rule.queue;
    for (const skill of rule.skills ?? []) {
      const key = skill.name.toLowerCase();
      const known = requested.get(key);
      if (!known || skill.priority < known.priority) requested.set(key, skill);
    }
    reasons.push({
      rule: i,
      name: rule.name ?? `rule ${i + 1}`,
      chose: { ...(queueChosen ? { queue: queueChosen } : {}), skills: (rule.skills ?? []).map((s) => s.name) },
    });
    if (rule.stop) break;
  }
  // A stable sort keeps the rules' order between skills of equal priority.
  const ranked = [...requested.values()].sort((a, b) => a.priority - b.priority);
  return {
    queue: queue ?? routing.defaultQueue,
    skills: ranked.slice(0, MAX_SKILLS),
    droppedSkills: ranked.slice(MAX_SKILLS),
    reasons,
  };
}
