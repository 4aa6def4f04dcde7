import { z } from 'zod';
import { factNameSchema } from '../facts/factSchema';

/** Disposition codes an agent picks at wrap-up (§2.2); admins replace the list. */
export const DEFAULT_DISPOSITIONS = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'follow-up', label: 'Follow-up needed' },
  { code: 'escalated', label: 'Escalated' },
  { code: 'no-answer', label: 'No answer' },
  { code: 'wrong-number', label: 'Wrong number' },
] as const;

const disposition = z.object({
  code: z.string().trim().min(1).max(80),
  label: z.string().trim().min(1).max(120),
});

/** Wrap-up (issue 15 item 6): after-call work ends by itself after `maxSeconds`. */
export const wrapUpConfigSchema = z
  .object({
    maxSeconds: z.number().int().min(5).max(3600).default(120),
    dispositions: z
      .array(disposition)
      .max(50)
      .default(() => DEFAULT_DISPOSITIONS.map((d) => ({ ...d })))
      .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'each disposition code once'),
    /** The agent must pick a disposition to complete after-call work (the timer still ends it). */
    required: z.boolean().default(false),
  })
  .prefault({});

/** The facts (named in the configuration's `facts`) the incoming alert and the card's *Current interaction* show, in this order. */
const factNames = z.array(factNameSchema).max(20);

export const displayConfigSchema = z
  .object({
    alert: factNames.default(() => ['tier', 'language']),
    card: factNames.default(() => ['tier', 'language', 'nps', 'products']),
  })
  .prefault({});

/** The outbox gives up on a write-back after this many tries (the agent may retry it). */
export const writeBackConfigSchema = z
  .object({ maxAttempts: z.number().int().min(1).max(50).default(5) })
  .prefault({});

export type WrapUpConfig = z.infer<typeof wrapUpConfigSchema>;
export type DisplayConfig = z.infer<typeof displayConfigSchema>;
