import type { Activity } from '../links/activity';
import type { CrmRecordRef } from '../vocabulary/crmRecord';

/** The write-back content of one link (§2.2): the domain's activity facts, as a CRM writes them. */
export interface ActivityContent extends Pick<Activity, 'contactName' | 'channel' | 'startedAt' | 'endedAt' | 'durationSeconds' | 'agentName'> {
  /** A summary, or a reference to the transcript. */
  summary: string;
  /** The interaction record in this CRM, when there is one. */
  interactionRecord?: CrmRecordRef;
  /** The agent's wrap-up disposition, by its label (§2.2), for a CRM field that holds it. */
  disposition?: string;
}

export interface ActivityWrite {
  record: CrmRecordRef;
  content: ActivityContent;
  /** One key per (interaction, link): the same key never makes a second activity (§2.3). */
  idempotencyKey: string;
}

/** Writing an interaction back onto a linked record, exactly once. */
export interface ActivitiesPort {
  /** Finds the activity written under this key, else creates it; returns its reference either way. */
  write(activity: ActivityWrite): Promise<CrmRecordRef>;
  /** The activity already written for this write's key, or null. */
  find(activity: ActivityWrite): Promise<CrmRecordRef | null>;
}
