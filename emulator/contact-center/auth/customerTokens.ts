import type { Request } from 'express';
import type { ContactCenterData } from '../data';
import { newToken, sameSecret, tokenHash } from './secrets';

/**
 * The header the customer's side (a telephony or chat integration, the local simulator)
 * sends to act as the customer of one interaction: hang up, write, answer the IVR. The
 * token comes once, in the answer of `placeCall` / `startDigitalInteraction`.
 */
export const CUSTOMER_TOKEN_HEADER = 'x-cc-customer-token';

export function issueCustomerToken(data: ContactCenterData, interactionId: string): string {
  const token = newToken();
  data.customerTokens ??= {};
  data.customerTokens[interactionId] = tokenHash(token);
  return token;
}

/** True when the request carries the customer capability of this interaction. */
export function isCustomerOf(data: ContactCenterData, interactionId: string, req: Request): boolean {
  const sent = req.get(CUSTOMER_TOKEN_HEADER);
  const stored = data.customerTokens && Object.hasOwn(data.customerTokens, interactionId) ? data.customerTokens[interactionId] : undefined;
  return !!sent && !!stored && sameSecret(tokenHash(sent), stored);
}
