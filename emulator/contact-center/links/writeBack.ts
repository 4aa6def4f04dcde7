import { dueLinks, transitionLink, type Config, type InteractionState, type LifecycleEvent, type Link } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import type { Outbox } from './outbox';

/** The links of one interaction, oldest first. */
export const linksOf = (ctx: CcContext, interactionId: string): Link[] =>
  Object.values(ctx.cc.data.links)
    .filter((l) => l.interactionId === interactionId)
    .sort((a, b) => a.linkedAt.localeCompare(b.linkedAt));

/** Marks a link due and queues its write-back. */
export async function makeDue(ctx: CcContext, outbox: Outbox, link: Link): Promise<void> {
  const moved = transitionLink(link, { type: 'write-back-moment' }, ctx.now().toISOString());
  if (!('link' in moved)) return;
  ctx.cc.data.links[link.id] = moved.link;
  await outbox.enqueue(moved.link);
}

/**
 * The lifecycle hook of §2.3: at the write-back moment the domain names the due links and
 * each goes to the outbox.
 */
export function writeBackOnMoment(ctx: CcContext, outbox: Outbox, config: () => Config) {
  return async (interaction: InteractionRecord, event: LifecycleEvent, before: InteractionState) => {
    const due = dueLinks(linksOf(ctx, interaction.id), { ...interaction, id: interaction.id as never, state: before }, event, config());
    if ('refused' in due) return;
    for (const link of due) await makeDue(ctx, outbox, link);
  };
}
