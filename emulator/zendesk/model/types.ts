/**
 * Zendesk Support records as the API shows them (snake_case fields), plus the few
 * facts the emulator keeps beside them. Field lists follow the JSON format sections of
 * https://developer.zendesk.com/api-reference/ticketing/users/users/ and
 * https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 */
import type { Trigger, Webhook } from './businessRules';
import type { TicketField, TicketForm } from './ticketSchema';
import type { Attachment, AttachmentRef, SatisfactionRating } from './ticketRecords';

export type { Trigger, TriggerCondition, Webhook } from './businessRules';
export type { TicketField, TicketForm } from './ticketSchema';
export type { Attachment, AttachmentRef, SatisfactionRating } from './ticketRecords';

export type Role = 'end-user' | 'agent' | 'admin';
export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type Priority = 'urgent' | 'high' | 'normal' | 'low';
export type TicketType = 'problem' | 'incident' | 'question' | 'task';

export interface Via {
  channel: string;
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null };
}

export interface Identity {
  id: number;
  user_id: number;
  type: 'email' | 'phone_number';
  value: string;
  verified: boolean;
  primary: boolean;
  created_at: string;
  updated_at: string;
}

export interface User {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: Role;
  active: boolean;
  suspended: boolean;
  verified: boolean;
  organization_id: number | null;
  external_id: string | null;
  time_zone: string;
  locale: string;
  tags: string[];
  notes: string;
  details: string;
  user_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface Organization {
  id: number;
  name: string;
  domain_names: string[];
  details: string;
  notes: string;
  external_id: string | null;
  tags: string[];
  organization_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface OrganizationMembership {
  id: number;
  user_id: number;
  organization_id: number;
  default: boolean;
  created_at: string;
  updated_at: string;
}

export interface CustomFieldValue {
  id: number;
  value: unknown;
}

export interface Ticket {
  id: number;
  external_id: string | null;
  via: Via;
  created_at: string;
  updated_at: string;
  type: TicketType | null;
  subject: string;
  raw_subject: string;
  description: string;
  priority: Priority | null;
  status: TicketStatus;
  recipient: string | null;
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  group_id: number | null;
  collaborator_ids: number[];
  follower_ids: number[];
  problem_id: number | null;
  due_at: string | null;
  tags: string[];
  custom_fields: CustomFieldValue[];
  /** Absent on tickets written before ticket forms existed. */
  ticket_form_id?: number | null;
}

/** Talk's call facts on a voice comment (https://developer.zendesk.com/documentation/ticketing/managing-tickets/adding-voice-comments-to-tickets). */
export interface VoiceData {
  from: string;
  to: string;
  recording_url: string;
  started_at: string;
  call_duration: number;
  answered_by_id: number | null;
  transcription_text: string | null;
  location: string | null;
}

export interface Comment {
  id: number;
  type: 'Comment' | 'VoiceComment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: AttachmentRef[];
  audit_id: number;
  via: Via;
  created_at: string;
  metadata: { system: Record<string, unknown>; custom: Record<string, unknown> };
  data?: VoiceData;
}

/** A ticket with what the API serves from other endpoints: its comments and metrics. */
export interface StoredTicket {
  ticket: Ticket;
  comments: Comment[];
  solved_at: string | null;
  /** Deleted tickets leave the API but stay in incremental exports with status "deleted". */
  deleted: boolean;
  /** The requester's rating, as the ticket shows it (id, score, comment, reason). */
  satisfaction?: { id: number; score: string; comment: string | null; reason: string | null };
}

/** A sign-in password, kept only as its salted scrypt hash (auth/secrets.ts). */
export interface Credential {
  email: string;
  password_hash: string;
}

/** An OAuth access token; only its digest is kept, the full token is shown once at creation. */
export interface OAuthToken {
  id: number;
  token_digest: string;
  /** The first characters, which the List Tokens answer shows as `token`. */
  token_prefix: string;
  user_id: number;
  client_id: number | null;
  scopes: string[];
  created_at: string;
}

export interface ZendeskData {
  /** Users, organizations, comments and identities share large account-wide ids... */
  nextId: number;
  /** ...while ticket ids count up from 1 in each account. */
  nextTicketId: number;
  users: User[];
  identities: Identity[];
  organizations: Organization[];
  organizationMemberships: OrganizationMembership[];
  tickets: StoredTicket[];
  passwords: Credential[];
  /** API token digests (auth/secrets.ts). */
  apiTokens: string[];
  oauthTokens: OAuthToken[];
  webhooks: Webhook[];
  triggers: Trigger[];
  ticketFields: TicketField[];
  ticketForms: TicketForm[];
  attachments: Attachment[];
  satisfactionRatings: SatisfactionRating[];
  /** The last export position handed to a change (ms), see model/changeClock.ts. */
  exportClock?: number;
  /** Change stamps of records written now, by id; records without one sit at their `updated_at`. */
  exportStamps?: { tickets: Record<string, number>; users: Record<string, number> };
}

export const emptyZendeskData = (): ZendeskData => ({
  nextId: 360_000_000_001,
  nextTicketId: 1,
  users: [],
  identities: [],
  organizations: [],
  organizationMemberships: [],
  tickets: [],
  passwords: [],
  apiTokens: [],
  oauthTokens: [],
  webhooks: [],
  triggers: [],
  ticketFields: [],
  ticketForms: [],
  attachments: [],
  satisfactionRatings: [],
});
