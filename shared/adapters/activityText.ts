import type { ActivityContent } from '../ports/activitiesPort';
import { CHANNEL_LABELS } from '../vocabulary/channel';

/** The written-back text (§2.2): the summary, then the facts an agent reading the record later wants. */
export function activityDescription(content: ActivityContent): string {
  return [
    content.summary,
    '',
    `Contact: ${content.contactName}`,
    `Channel: ${CHANNEL_LABELS[content.channel]}`,
    `Agent: ${content.agentName}`,
    `Start: ${content.startedAt}`,
    `End: ${content.endedAt}`,
    `Duration: ${Math.round(content.durationSeconds)} s`,
  ].join('\n');
}
