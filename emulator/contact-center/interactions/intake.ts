import type { IvrIdentifierKind } from '../../../shared';
import type { InteractionRecord, IvrResult, RoutingResult } from '../data';

/**
 * The CRM-facing steps of an interaction's life, taken through the shared/ adapters:
 * identify the caller, route, create the interaction records on answer.
 */
export interface CrmSteps {
  identifyCaller(ani: string): Promise<IvrResult>;
  identifyBy(kind: IvrIdentifierKind, value: string, previous: IvrResult | undefined): Promise<IvrResult>;
  route(interaction: InteractionRecord): Promise<{ routing: RoutingResult; participantData: Record<string, unknown>; context: NonNullable<InteractionRecord['context']> }>;
  onAnswer(interaction: InteractionRecord): Promise<void>;
}
