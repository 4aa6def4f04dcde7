import type { CrmRecordRef } from '../vocabulary/crmRecord';
import type { Channel } from '../vocabulary/channel';

/** What the CRM's interaction record (Salesforce Task, ServiceNow `interaction`) is created from. */
export interface InteractionRecordDraft {
  channel: Channel;
  /** The phone number, email address or handle the contact used. */
  from: string;
  subject?: string;
  startedAt: string;
  /** Who the contact center knows the customer to be (the IVR's identified records): the CRM fills its relation fields from them. */
  customer?: CrmRecordRef[];
  /** The agent who answered, by their sign-in name (an email address): the CRM user it is assigned to. */
  agentUsername?: string;
}

/** How an interaction ended, for its interaction record (§2.3). */
export interface InteractionClosing {
  summary?: string;
  durationSeconds?: number;
  /** The customer left before any agent answered. */
  abandoned?: boolean;
  closedAt?: string;
  disposition?: string;
  notes?: string;
  /** Records the interaction was about (the case opened on answer): each is listed with the interaction record. */
  relatedRecords?: CrmRecordRef[];
}

/** The relation fields of an interaction record as the CRM holds them now: field -> referenced record, or null. */
export type Relations = Record<string, CrmRecordRef | null>;

/** The interaction record and its relation fields (§3): `WhoId`/`WhatId`, `consumer`/`contact`/`account`. */
export interface InteractionRecordsPort {
  create(draft: InteractionRecordDraft): Promise<CrmRecordRef>;
  /** Sets one relation field (null clears it) and returns the relations read back from the CRM. */
  relate(interactionRecord: CrmRecordRef, field: string, value: CrmRecordRef | null): Promise<Relations>;
  relations(interactionRecord: CrmRecordRef): Promise<Relations>;
  /** Closes the interaction record when the interaction ends. */
  complete(interactionRecord: CrmRecordRef, fields?: InteractionClosing): Promise<void>;
}
