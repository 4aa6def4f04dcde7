import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import type { Interaction, LifecycleEvent } from '../vocabulary/interaction';
import type { Link } from '../vocabulary/link';

/**
 * PRODUCT.md §2.3: voice writes back once the call has ended AND after-call work is
 * complete; digital channels when the agent transfers, unassigns or ends (closes) the interaction.
 * `interaction` is the state before `event`.
 */
export function isWriteBackMoment(interaction: Pick<Interaction, 'channel' | 'state' | 'endedAt'>, event: LifecycleEvent): boolean {
  if (interaction.channel === 'voice') {
    const callEnded = interaction.endedAt !== undefined || interaction.state === 'acw';
    return event === 'acw-complete' && callEnded;
  }
  return event === 'transfer' || event === 'unassign' || event === 'close';
}

/**
 * Whether the interaction is already past its write-back moment, so a link made now is
 * written at once (a record linked after the call closed is written rather than never).
 */
export function pastWriteBackMoment(interaction: Pick<Interaction, 'channel' | 'state'> & { acwCompletedAt?: string }): boolean {
  if (interaction.channel === 'voice') return Boolean(interaction.acwCompletedAt);
  return interaction.state === 'transferred' || interaction.state === 'unassigned' || interaction.state === 'closed';
}

/** The links of this interaction that become due at this event: linked ones, and written ones to update. */
export function dueLinks(
  links: readonly Link[],
  interaction: Pick<Interaction, 'id' | 'channel' | 'state' | 'endedAt'>,
  event: LifecycleEvent,
  config: FeatureSwitches,
): Link[] | FeatureDisabled {
  const disabled = requireFeature(config, 'link');
  if (disabled) return disabled;
  if (!isWriteBackMoment(interaction, event)) return [];
  return links.filter((l) => l.interactionId === interaction.id && (l.state === 'linked' || l.state === 'written'));
}
