import type { RoutingDecision } from '../routing/decideRouting';
import type { FeatureDisabled } from '../config/requireFeature';

type Name = (key: string) => string;

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * The routing decision as sentences the agent reads on the alert (issue 15 item 4): which rule
 * fired and what it chose, with queue and skill names rather than keys.
 */
export function routingSentences(decision: RoutingDecision | FeatureDisabled, queueName: Name, skillName: Name): string[] {
  if ('refused' in decision) return ['Routing with CRM data is switched off, so the call went to the default queue.'];
  const sentences = decision.reasons.map((reason) => {
    const parts = [
      reason.chose.queue ? `sent to the ${queueName(reason.chose.queue)} queue` : '',
      reason.chose.skills.length ? `needs ${reason.chose.skills.length === 1 ? 'the skill' : 'the skills'} ${list(reason.chose.skills.map(skillName))}` : '',
    ].filter(Boolean);
    return `${reason.name}: ${parts.join(' and ')}.`;
  });
  if (decision.reasons.length === 0) sentences.push(`No routing rule matched, so it went to the ${queueName(decision.queue)} queue.`);
  for (const dropped of decision.droppedSkills) sentences.push(`The skill ${skillName(dropped.name)} was left out: an interaction needs at most five skills.`);
  return sentences;
}
