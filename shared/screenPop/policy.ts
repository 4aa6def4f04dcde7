import { z } from 'zod';
import { CHANNELS, type Channel } from '../vocabulary/channel';

/**
 * What an answer opens for a channel (§7.6): `open-case` the caller's most recent open case
 * (else the caller), `customer` always the caller's record, `interaction-record` never a customer
 * record, only the interaction record.
 */
export const SCREEN_POP_TARGETS = ['open-case', 'customer', 'interaction-record'] as const;
export type ScreenPopTarget = (typeof SCREEN_POP_TARGETS)[number];

const target = z.enum(SCREEN_POP_TARGETS);

/** The admin's screen-pop settings: a default and, for some channels, their own target. */
export const screenPopConfigSchema = z
  .object({
    default: target.default('open-case'),
    channels: z.partialRecord(z.enum(CHANNELS), target).default({}),
  })
  .prefault({});

export type ScreenPopConfig = z.infer<typeof screenPopConfigSchema>;

/** The target for a channel: its own when the admin set one, else the default. */
export function screenPopTargetFor(config: ScreenPopConfig, channel: Channel): ScreenPopTarget {
  return config.channels[channel] ?? config.default;
}
