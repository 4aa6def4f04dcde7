/**
 * The channels a ticket can come through (seed 004's list of supported channels), with the
 * names each CRM exports for them: Zendesk's `via.channel`, Salesforce's Case `Origin`.
 */
export const TICKET_CHANNELS = [
  { value: 'email', label: 'Email', aliases: ['mail', 'email-to-case'] },
  { value: 'chat', label: 'Chat', aliases: ['chat', 'web chat', 'native_messaging', 'messaging'] },
  { value: 'facebook', label: 'Facebook', aliases: ['facebook', 'facebook messenger'] },
  { value: 'forum', label: 'Forum', aliases: ['forum', 'community', 'help center'] },
  { value: 'in-app', label: 'In-app', aliases: ['in-app', 'mobile_sdk', 'sdk', 'mobile'] },
  { value: 'slack', label: 'Slack', aliases: ['slack'] },
  { value: 'sms', label: 'SMS', aliases: ['sms', 'text'] },
  { value: 'voice', label: 'Voice', aliases: ['voice', 'phone', 'call'] },
  { value: 'whatsapp', label: 'WhatsApp', aliases: ['whatsapp'] },
  { value: 'telegram', label: 'Telegram', aliases: ['telegram'] },
  { value: 'viber', label: 'Viber', aliases: ['viber'] },
  { value: 'apple-messages', label: 'Apple Messages for Business', aliases: ['apple_business_chat', 'apple messages for business', 'apple business chat'] },
  { value: 'teams', label: 'Microsoft Teams', aliases: ['teams', 'microsoft teams', 'msteams'] },
] as const;

export type TicketChannel = (typeof TICKET_CHANNELS)[number]['value'];

const BY_ALIAS = new Map<string, string>(TICKET_CHANNELS.flatMap((c) => [[c.value, c.value] as const, ...c.aliases.map((a) => [a, c.value] as const)]));

/** A CRM's channel name as one of ours; one we do not know stays, in lower case, rather than being guessed. */
export function ticketChannelOf(raw: string | null | undefined): string {
  const name = (raw ?? '').trim().toLowerCase();
  if (name === '') return 'unknown';
  return BY_ALIAS.get(name) ?? BY_ALIAS.get(name.replace(/[_-]/g, ' ')) ?? name;
}

/** The label agents read for a channel value. */
export function ticketChannelLabel(value: string): string {
  return TICKET_CHANNELS.find((c) => c.value === value)?.label ?? value.charAt(0).toUpperCase() + value.slice(1);
}
