import { describe, expect, it } from 'vitest';
import { TICKET_CHANNELS, ticketChannelLabel, ticketChannelOf } from './channels';

describe('ticket channels (seed 004)', () => {
  it('lists the thirteen supported channels', () => {
    expect(TICKET_CHANNELS.map((c) => c.label)).toEqual([
      'Email', 'Chat', 'Facebook', 'Forum', 'In-app', 'Slack', 'SMS', 'Voice', 'WhatsApp', 'Telegram', 'Viber', 'Apple Messages for Business', 'Microsoft Teams',
    ]);
  });

  it('maps what Zendesk and Salesforce export onto them', () => {
    expect(ticketChannelOf('Phone')).toBe('voice');
    expect(ticketChannelOf('Email')).toBe('email');
    expect(ticketChannelOf('web')).toBe('web');
    expect(ticketChannelOf('apple_business_chat')).toBe('apple-messages');
    expect(ticketChannelOf('WhatsApp')).toBe('whatsapp');
  });

  it('keeps an unknown name instead of guessing, and names a missing one', () => {
    expect(ticketChannelOf('Carrier Pigeon')).toBe('carrier pigeon');
    expect(ticketChannelOf(null)).toBe('unknown');
    expect(ticketChannelLabel('teams')).toBe('Microsoft Teams');
    expect(ticketChannelLabel('carrier pigeon')).toBe('Carrier pigeon');
  });
});
