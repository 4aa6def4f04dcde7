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
  /** The identified record's facts by name (the configuration's `facts` read from its fields). */
  facts: Readonly<Record<string, unknown>>;
  /** Each fact's label as the admin named it. */
  labels: Readonly<Record<string, string | undefined>>;
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
 * facts the display settings name that the record has, each with its label (else a readable
 * name) and a formatted value; queue and skills by name; the reasons as sentences.
 */
export function buildInteractionContext(input: ContextInput): InteractionContext {
  const wanted = [...new Set([...input.display.alert, ...input.display.card])];
  const facts = wanted.flatMap((key) => {
    const value = Object.hasOwn(input.facts, key) ? formatFact(input.facts[key]) : undefined;
    return value === undefined ? [] : [{ key, label: input.labels[key] ?? humanLabel(key), value }];
  });
  return {
    ...(input.customerName ? { customerName: input.customerName } : {}),
    facts,
    ...(input.queue ? { queue: { key: input.queue, name: queueName(input.queues, input.queue) } } : {}),
    skills: input.skills.map((key) => ({ key, name: skillName(key) })),
    reasons: input.reasons,
  };
}
