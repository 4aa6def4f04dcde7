import { CHANNEL_LABELS, type Channel } from '../vocabulary/channel';
import type { CrmRecordRef } from '../vocabulary/crmRecord';
import type { Interaction } from '../vocabulary/interaction';
import { idempotencyKey } from './idempotencyKey';

/** What the write-back puts on a linked record (PRODUCT.md §2.2), before any CRM's own shape. */
export interface Activity {
  idempotencyKey: string;
  record: CrmRecordRef;
  subject: string;
  contactName: string;
  channel: Channel;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  agentName: string;
  summary?: string;
  transcriptRef?: string;
}

export interface ActivityFacts {
  contactName: string;
  agentName: string;
  /** Used as the end when the interaction carries none yet (a digital transfer). */
  now: string;
  summary?: string;
  transcriptRef?: string;
}

export function buildActivity(
  interaction: Pick<Interaction, 'id' | 'channel' | 'subject' | 'startedAt' | 'endedAt' | 'closedAt'>,
  record: CrmRecordRef,
  facts: ActivityFacts,
): Activity {
  const endedAt = interaction.endedAt ?? interaction.closedAt ?? facts.now;
  const label = CHANNEL_LABELS[interaction.channel];
  const who = facts.contactName.trim() || 'unknown contact';
  const durationSeconds = Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(interaction.startedAt)) / 1000));
  return {
    idempotencyKey: idempotencyKey(interaction.id, record),
    record,
    subject: interaction.subject?.trim() || `${label} with ${who}`,
    contactName: facts.contactName,
    channel: interaction.channel,
    startedAt: interaction.startedAt,
    endedAt,
    durationSeconds: Number.isFinite(durationSeconds) ? durationSeconds : 0,
    agentName: facts.agentName,
    ...(facts.summary ? { summary: facts.summary } : {}),
    ...(facts.transcriptRef ? { transcriptRef: facts.transcriptRef } : {}),
  };
}
