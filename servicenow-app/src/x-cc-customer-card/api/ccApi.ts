import type { CrmRecordRef } from '../../../../shared/vocabulary/crmRecord';
import type { Link } from '../../../../shared/vocabulary/link';
import type { CustomerCard } from '../../../../shared/vocabulary/card';
import type { FeatureSwitches } from '../../../../shared/config/requireFeature';
import type { CcInteraction, MergeCandidate } from '../state';

/** The contact-center API's `{ error, message? }` as an Error the card can show. */
export class CcApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The contact-center service (`/cc/v1`). The page's session cookie (`cc_session`) authenticates
 * the agent; the base URL is an admin setting (`x_cc_customer_card.cc_api_url`).
 */
export function createCcApi(baseUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      credentials: 'include',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const code = typeof json.error === 'string' ? json.error : `HTTP ${response.status}`;
      throw new CcApiError(response.status, code, typeof json.message === 'string' ? json.message : code);
    }
    return json as T;
  }

  return {
    interaction: async (id: string) => (await call<{ interaction: CcInteraction }>('GET', `/interactions/${encodeURIComponent(id)}`)).interaction,
    config: async () => (await call<{ config: FeatureSwitches }>('GET', '/config')).config,
    card: async (id: string) => (await call<{ card: CustomerCard }>('GET', `/cards/${encodeURIComponent(id)}`)).card,
    links: async (id: string) => (await call<{ links: Link[] }>('GET', `/interactions/${encodeURIComponent(id)}/links`)).links,
    link: async (id: string, record: CrmRecordRef) =>
      (await call<{ link: Link }>('POST', `/interactions/${encodeURIComponent(id)}/links`, { crm: record.crm, object: record.object, id: record.id })).link,
    unlink: (id: string, linkId: string) => call<unknown>('DELETE', `/interactions/${encodeURIComponent(id)}/links/${encodeURIComponent(linkId)}`),
    visited: (id: string, record: CrmRecordRef) =>
      call<unknown>('POST', `/interactions/${encodeURIComponent(id)}/visited`, { crm: record.crm, object: record.object, id: record.id }),
    duplicates: async (cardId: string) =>
      (await call<{ duplicates: MergeCandidate[] }>('GET', `/cards/${encodeURIComponent(cardId)}/duplicates`)).duplicates,
    searchCards: async (q: string) => (await call<{ cards: CustomerCard[] }>('GET', `/cards?q=${encodeURIComponent(q)}`)).cards,
    merge: (cardId: string, cardIds: string[]) =>
      call<{ card: CustomerCard; merged: string[]; message: string }>('POST', `/cards/${encodeURIComponent(cardId)}/merge`, { cardIds }),
  };
}

export type CcApi = ReturnType<typeof createCcApi>;
