import type { ZendeskState } from '../model/state';
import type { Trigger, User } from '../model/types';
import type { TicketChange } from '../tickets/tickets';
import type { Deliverer } from '../webhooks/deliver';
import { matchesCondition, type TicketEvent } from './conditions';
import { renderPlaceholders } from './placeholders';

/** Called by every ticket write that runs triggers (single and bulk creates and updates, tag changes). */
export type TicketWritten = (change: TicketChange, kind: 'create' | 'update', actor: User) => void;

/**
 * Runs the account's active triggers, in position order, on one ticket write
 * (https://support.zendesk.com/hc/en-us/articles/4408822236058-About-triggers-and-how-they-work).
 * The emulator performs the `notification_webhook` action, which hands the rendered body to
 * the webhook's deliverer; the delivery itself happens after the write has answered.
 */
export function ticketTriggers(state: ZendeskState, deliverer: Deliverer, origin: () => string): TicketWritten {
  return (change, kind, actor) => {
    const latest = change.added.at(-1);
    const event: TicketEvent = { kind, stored: change.stored, changed: change.changed, comment: latest && { body: latest.body, public: latest.public } };
    const active = state.data.triggers.filter((t) => t.active).sort((a, b) => a.position - b.position || a.id - b.id);
    for (const trigger of active) {
      if (!fires(trigger, event)) continue;
      for (const action of trigger.actions) {
        if (action.field !== 'notification_webhook' || !Array.isArray(action.value)) continue;
        const [webhookId, body] = action.value as unknown[];
        const webhook = state.data.webhooks.find((w) => w.id === String(webhookId));
        if (!webhook) continue;
        const template = typeof body === 'string' ? body : JSON.stringify(body ?? '');
        deliverer.deliver(webhook, renderPlaceholders(state, template, change.stored, actor, origin(), webhook.request_format));
      }
    }
  };
}

function fires(trigger: Trigger, event: TicketEvent): boolean {
  const { all, any } = trigger.conditions;
  return all.every((c) => matchesCondition(event, c)) && (any.length === 0 || any.some((c) => matchesCondition(event, c)));
}
