import { buildActivity, interactionId, transitionLink, type ActivityWrite, type Link, type LinkWriteBack } from '../../../shared';
import type { StoreCluster } from '../../store/cluster';
import type { CcContext } from '../context';
import { nextId, type InteractionRecord, type OutboxItem } from '../data';
import type { CrmConnection } from '../crm/connections';

const MAX_DELAY_MS = 60_000;

/** 1 s, 2 s, 4 s ... up to a minute: a CRM that is down is not hammered, and nothing is dropped. */
export const retryDelay = (attempts: number) => Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, attempts - 1));

/** What the activity on a linked record says (§2.2), in the shape the activities port writes. */
export function activityWrite(ctx: CcContext, interaction: InteractionRecord, link: Link): ActivityWrite {
  const data = ctx.cc.data;
  const agent = data.agents.find((a) => a.id === interaction.agentId);
  const card = interaction.cardId ? data.cards[interaction.cardId] : undefined;
  const activity = buildActivity({ ...interaction, id: interactionId(interaction.id) }, link.record, {
    contactName: card?.name || interaction.from,
    agentName: agent?.name ?? 'unassigned',
    now: ctx.now().toISOString(),
    transcriptRef: interaction.messages.length ? `/cc/v1/interactions/${interaction.id}` : undefined,
  });
  const summary = [
    interaction.subject,
    interaction.wrapUp?.disposition ? `Disposition: ${interaction.wrapUp.dispositionLabel ?? interaction.wrapUp.disposition}` : undefined,
    interaction.wrapUp?.notes ? `Notes: ${interaction.wrapUp.notes}` : undefined,
    interaction.messages.length ? `${interaction.messages.length} message(s); transcript: ${activity.transcriptRef}` : undefined,
  ].filter(Boolean).join('\n');
  return {
    record: link.record,
    idempotencyKey: activity.idempotencyKey,
    content: {
      contactName: activity.contactName,
      channel: activity.channel,
      startedAt: activity.startedAt,
      endedAt: activity.endedAt,
      durationSeconds: activity.durationSeconds,
      agentName: activity.agentName,
      summary: summary || `${activity.subject} (${interaction.id})`,
      interactionRecord: interaction.interactionRecords.find((r) => r.crm === link.record.crm),
      ...(interaction.wrapUp?.disposition ? { disposition: interaction.wrapUp.dispositionLabel ?? interaction.wrapUp.disposition } : {}),
    },
  };
}

/**
 * The durable write-back queue (§2.3: retried, never done twice). An item is stored before
 * any CRM call, so a crash or restart resumes it; the activities port looks for the activity
 * under the item's key before creating it, so a retry after a lost response or a crash finds
 * the first write instead of making a second. After `maxAttempts` tries it gives up and says
 * so on the link (issue 15 item 7, issue 23); the agent may retry it.
 */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ctx: CcContext,
    private readonly connections: () => CrmConnection[],
    private readonly maxAttempts: () => number = () => 5,
    private readonly cluster?: Pick<StoreCluster, 'claim'>,
  ) {}

  async enqueue(link: Link): Promise<void> {
    const data = this.ctx.cc.data;
    const pending = data.outbox.find((item) => item.linkId === link.id && !item.doneAt);
    if (!pending) {
      data.outbox.push({ id: nextId(data, 'wb'), linkId: link.id, interactionId: link.interactionId, key: link.id, attempts: 0, nextAttemptAt: this.ctx.now().toISOString() });
      // Pending is said by the link's own `due` state; the card hears of the outcome of each try.
      this.report(link.id, { status: 'pending', attempts: 0 }, false);
    }
    await this.ctx.cc.save();
    void this.drain();
  }

  /** A write-back the outbox gave up on is tried again now, with a fresh round of tries; false when none had failed. */
  async retry(link: Link): Promise<boolean> {
    const item = this.ctx.cc.data.outbox.find((i) => i.linkId === link.id && !i.doneAt && i.gaveUpAt);
    if (!item) return false;
    delete item.gaveUpAt;
    item.attempts = 0;
    item.nextAttemptAt = this.ctx.now().toISOString();
    this.report(link.id, { status: 'pending', attempts: 0, ...(item.lastError ? { lastError: item.lastError } : {}) });
    await this.ctx.cc.save();
    await this.drain();
    return true;
  }

  /** Records where the link's write-back stands and tells the agent's card (nothing is silent). */
  private report(linkId: string, writeBack: LinkWriteBack, announce = true): void {
    const data = this.ctx.cc.data;
    const link = data.links[linkId];
    if (!link) return;
    data.links[linkId] = { ...link, writeBack };
    const interaction = data.interactions[link.interactionId];
    if (interaction && announce) this.ctx.bus.publish(interaction.agentId, 'card.updated', { cardId: interaction.cardId, interactionId: interaction.id, reason: 'link', link: data.links[linkId] });
  }

  start(intervalMs = 250): void {
    this.timer ??= setInterval(() => void this.drain(), intervalMs);
    this.timer.unref();
    void this.drain();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every item that is due now; one run at a time. */
  drain(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const now = this.ctx.now().toISOString();
    const due = this.ctx.cc.data.outbox.filter((item) => !item.doneAt && !item.gaveUpAt && item.nextAttemptAt <= now);
    for (const item of due) await this.attempt(item);
  }

  /**
   * One try of one item. With several instances the item's row is claimed first (`FOR UPDATE
   * SKIP LOCKED`): an item another instance is trying is skipped, and the claim holds until the
   * outcome is written with it, so an item is tried by one instance at a time. A crash lets the
   * claim go; the next try finds the activity under the item's key instead of writing it again.
   */
  private async attempt(queued: OutboxItem): Promise<void> {
    const path = [['outbox', { id: queued.id }]];
    const claim = this.cluster ? await this.cluster.claim('contactCenter', path[0]) : null;
    if (this.cluster && !claim) return;
    const data = this.ctx.cc.data;
    // The claim loads the item as stored: another instance may have written or given it up meanwhile.
    const item = claim ? data.outbox.find((i) => i.id === queued.id) : queued;
    if (!item || item.doneAt || item.gaveUpAt || item.nextAttemptAt > this.ctx.now().toISOString()) return void (await claim?.release());
    const save = () => (claim ? claim.commit([...path, ['links', item.linkId]]) : this.ctx.cc.save());
    const link = data.links[item.linkId];
    const interaction = data.interactions[item.interactionId];
    if (!link || !interaction || link.state !== 'due') {
      item.doneAt = this.ctx.now().toISOString();
      return void (await save());
    }
    const connection = this.connections().find((c) => c.crm === link.record.crm);
    item.attempts += 1;
    try {
      if (!connection) throw new Error(`no ${link.record.crm} connection is configured`);
      if (!connection.activities) throw new Error(`nothing is written back to ${link.record.crm}`);
      const activity = await connection.activities.write(activityWrite(this.ctx, interaction, link));
      const moved = transitionLink(link, { type: 'written', activity }, this.ctx.now().toISOString());
      if ('link' in moved) data.links[link.id] = moved.link;
      item.doneAt = this.ctx.now().toISOString();
      delete item.lastError;
      this.report(link.id, { status: 'written', attempts: item.attempts });
    } catch (error) {
      item.lastError = (error as Error).message;
      if (item.attempts >= this.maxAttempts()) {
        item.gaveUpAt = this.ctx.now().toISOString();
        this.report(link.id, { status: 'failed', attempts: item.attempts, lastError: item.lastError });
      } else {
        item.nextAttemptAt = new Date(this.ctx.now().getTime() + retryDelay(item.attempts)).toISOString();
        this.report(link.id, { status: 'retrying', attempts: item.attempts, lastError: item.lastError, nextAttemptAt: item.nextAttemptAt });
      }
    }
    await save();
  }
}
