/** The identifiers an IVR asks for when the phone number did not identify the caller (§7.2). */
export const IDENTIFIER_KINDS = ['accountNumber', 'caseNumber', 'email'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

import type { InteractionRecord, IvrResult, RoutingResult } from '../data';

/**
 * The CRM-facing steps of an interaction's life, taken through the shared/ adapters:
 * identify the caller, route, create the interaction records on answer.
 */
export interface CrmSteps {
  identifyCaller(ani: string): Promise<IvrResult>;
  identifyBy(kind: IdentifierKind, value: string, previous: IvrResult | undefined): Promise<IvrResult>;
  route(interaction: InteractionRecord): Promise<{ routing: RoutingResult; participantData: Record<string, unknown> }>;
  onAnswer(interaction: InteractionRecord): Promise<void>;
}
