import { normalizePhone, type Region } from '../phone/normalizePhone';
import type { CustomerCard, IdentityPoint } from '../vocabulary/card';
import type { Channel } from '../vocabulary/channel';

/** Channels whose address is a phone number. */
const PHONE_CHANNELS: readonly Channel[] = ['voice', 'sms', 'whatsapp', 'viber', 'telegram'];

/** Something, an @, a domain with a dot: `@maria` on Slack is a handle, not an address. */
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * The identity point an interaction arrives with (§6.1): an email address on email, a phone
 * number on the phone channels when it parses as one, else an email-looking address, else a
 * handle of that channel.
 */
export function identityPointOf(interaction: { channel: Channel; from: string }, region: Region): IdentityPoint {
  const from = interaction.from.trim();
  if (looksLikeEmail(from) && interaction.channel === 'email') return { kind: 'email', value: from.toLowerCase() };
  const phone = PHONE_CHANNELS.includes(interaction.channel) ? normalizePhone(from, region) : null;
  if (phone) return { kind: 'phone', value: phone };
  if (looksLikeEmail(from)) return { kind: 'email', value: from.toLowerCase() };
  return { kind: 'handle', channel: interaction.channel, value: from };
}

/** The contact's identity points: the card's, or the interaction's own address before a card exists. */
export function contactIdentityPoints(
  card: Pick<CustomerCard, 'identityPoints'> | null | undefined,
  interaction: { channel: Channel; from: string } | null | undefined,
  region: Region,
): IdentityPoint[] {
  if (card?.identityPoints.length) return card.identityPoints;
  if (!interaction || !interaction.from.trim()) return [];
  return [identityPointOf(interaction, region)];
}
