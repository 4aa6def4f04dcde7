import type { ConfigError } from '../config/parseConfig';
import { MAX_SKILLS, type RoutingConfig } from './ruleSchema';

/** The contact center's real setup the rules must name: its queues' keys and its skills. */
export interface RoutingSetup {
  queues: readonly string[];
  skills: readonly string[];
}

/**
 * PRODUCT.md §7.3, checked at save time: every queue and skill a rule names exists, and no
 * rule asks for more than five skills. A rule that would be dropped silently on calls is refused
 * with the path of the bad value instead.
 */
export function checkRoutingSetup(routing: RoutingConfig, setup: RoutingSetup, base = 'routing'): ConfigError[] {
  const queues = new Set(setup.queues.map((q) => q.toLowerCase()));
  const skills = new Set(setup.skills.map((s) => s.toLowerCase()));
  const errors: ConfigError[] = [];
  if (!queues.has(routing.defaultQueue.toLowerCase())) errors.push({ path: `${base}.defaultQueue`, message: `unknown queue '${routing.defaultQueue}'` });
  routing.rules.forEach((rule, i) => {
    if (rule.queue !== undefined && !queues.has(rule.queue.toLowerCase())) errors.push({ path: `${base}.rules[${i}].queue`, message: `unknown queue '${rule.queue}'` });
    const named = rule.skills ?? [];
    if (named.length > MAX_SKILLS) errors.push({ path: `${base}.rules[${i}].skills`, message: `at most ${MAX_SKILLS} skills in one decision, ${named.length} given` });
    named.forEach((skill, j) => {
      if (!skills.has(skill.name.toLowerCase())) errors.push({ path: `${base}.rules[${i}].skills[${j}].name`, message: `unknown skill '${skill.name}'` });
    });
  });
  return errors;
}
