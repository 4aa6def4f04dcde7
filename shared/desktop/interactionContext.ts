import type { DisplayConfig } from './desktopConfig';
import { formatFact } from './formatFact';
import { humanLabel } from './humanLabel';

export interface InteractionContext {
  customerName?: string;
  facts: { key: string; label: string; value: string }[];
  queue?: { key: string; name: string };
  skills: { key: string; name: string }[];
  reasons: string[];
}

export interface ContextInput {
  /** The identified customer's name; none for an ambiguous or unknown caller. */
  customerName?: string;
  /** The identified record's fields as the CRM returned them. */
  fields: Readonly<Record<string, unknown>>;
  /** Field labels from the CRM's describe, by field name. */
  labels: Readonly<Record<string, string>>;
  display: DisplayConfig;
  queue?: string;
  skills: readonly string[];
  queues: readonly { key: string; name: string }[];
  reasons: string[];
}

/** A queue's name as the contact center calls it, else its key made readable. */
export const queueName = (queues: ContextInput['queues'], key: string) => queues.find((q) => q.key === key)?.name ?? humanLabel(key);

/** Skills have no names of their own in the contact center: `technical` reads `Technical`. */
export const skillName = (key: string) => humanLabel(key);

/**
 * What the incoming alert and the card's *Current interaction* show (issue 15 item 4): the
 * facts the display settings name that the record has, each with the CRM's label (else a
 * readable one) and a formatted value; queue and skills by name; the reasons as sentences.
 */
export function buildInteractionContext(input: ContextInput): InteractionContext {
  const wanted = [...new Set([...input.display.alert, ...input.display.card])];
  const byLowerName = new Map(Object.keys(input.fields).map((name) => [name.toLowerCase(), name]));
  const labelOf = new Map(Object.entries(input.labels).map(([name, label]) => [name.toLowerCase(), label]));
  const facts = wanted.flatMap((key) => {
    const field = byLowerName.get(key.toLowerCase());
    const value = field === undefined ? undefined : formatFact(input.fields[field]);
    return value === undefined ? [] : [{ key, label: labelOf.get(key.toLowerCase()) ?? humanLabel(key), value }];
  });
  return {
    ...(input.customerName ? { customerName: input.customerName } : {}),
    facts,
    ...(input.queue ? { queue: { key: input.queue, name: queueName(input.queues, input.queue) } } : {}),
    skills: input.skills.map((key) => ({ key, name: skillName(key) })),
    reasons: input.reasons,
  };
}
