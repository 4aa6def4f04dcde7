import { normalizePhone, type Region } from '../phone/normalizePhone';
import type { CustomerCard, IdentityPoint } from '../vocabulary/card';
import type { Channel } from '../vocabulary/channel';
import { recordKey } from '../vocabulary/crmRecord';
import { nameTokens } from './nameMatch';

/** What duplicate detection compares, computed once per card. */
export interface CardFacts {
  card: CustomerCard;
  phones: string[];
  emails: string[];
  records: string[];
  nameTokens: string[];
}

const unique = (values: (string | null)[]): string[] => [...new Set(values.filter((v): v is string => v !== null))];

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function cardFacts(card: CustomerCard, region: Region = 'US'): CardFacts {
  const points = card.identityPoints;
  return {
    card,
    phones: unique(points.map((p) => (p.kind === 'phone' ? normalizePhone(p.value, region) : null))),
    emails: unique(points.map((p) => (p.kind === 'email' ? normalizeEmail(p.value) : null))),
    records: unique(card.links.map(recordKey)),
    nameTokens: nameTokens(card.name),
  };
}

/** One identity point in its comparable form, or null for a phone that is not a phone number. */
export function identityKey(point: IdentityPoint, region: Region = 'US'): string | null {
  if (point.kind === 'phone') {
    const phone = normalizePhone(point.value, region);
    return phone && `phone:${phone}`;
  }
  if (point.kind === 'email') return `email:${normalizeEmail(point.value)}`;
  return `handle:${point.channel}:${point.value.trim().toLowerCase()}`;
}

/** PRODUCT.md §6.1: one card per contact per channel, so a card is found by channel and identity point. */
export function cardKeyFor(channel: Channel, point: IdentityPoint, region: Region = 'US'): string | null {
  const key = identityKey(point, region);
  return key && `${channel}|${key}`;
}
