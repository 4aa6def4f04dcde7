/** Ids that must never be mixed up carry a brand; plain strings do not type-check as them. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type InteractionId = Brand<string, 'InteractionId'>;
export type CardId = Brand<string, 'CardId'>;
export type LinkId = Brand<string, 'LinkId'>;
export type AgentId = Brand<string, 'AgentId'>;

export const interactionId = (id: string) => id as InteractionId;
export const cardId = (id: string) => id as CardId;
export const linkId = (id: string) => id as LinkId;
export const agentId = (id: string) => id as AgentId;
