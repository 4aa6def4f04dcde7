/** Channels known to the product (PRODUCT.md §6.4). */
export const CHANNELS = [
  'voice',
  'email',
  'chat',
  'sms',
  'whatsapp',
  'facebook',
  'forum',
  'in-app',
  'slack',
  'teams',
  'telegram',
  'viber',
  'apple-messages',
] as const;

export type Channel = (typeof CHANNELS)[number];
export type DigitalChannel = Exclude<Channel, 'voice'>;
export const DIGITAL_CHANNELS = CHANNELS.filter((c): c is DigitalChannel => c !== 'voice') as [DigitalChannel, ...DigitalChannel[]];

export const CHANNEL_LABELS: Record<Channel, string> = {
  voice: 'Voice',
  email: 'Email',
  chat: 'Chat',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  forum: 'Forum',
  'in-app': 'In-app messaging',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  telegram: 'Telegram',
  viber: 'Viber',
  'apple-messages': 'Apple Messages for Business',
};

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

export const isDigital = (channel: Channel): channel is DigitalChannel => channel !== 'voice';
