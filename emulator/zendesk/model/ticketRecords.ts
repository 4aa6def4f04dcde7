/** Records that hang off tickets: uploaded files and satisfaction ratings. */
/** An uploaded file; `token` ties it to a comment until it is attached (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket-attachments/). */
export interface Attachment {
  id: number;
  token: string;
  file_name: string;
  content_type: string;
  size: number;
  /** The file's bytes, base64. */
  data: string;
  /** The comment it was attached to; null while it is only an upload. */
  comment_id: number | null;
  created_at: string;
}

/** What a comment keeps of each attachment. */
export type AttachmentRef = Pick<Attachment, 'id' | 'token' | 'file_name' | 'content_type' | 'size'>;

/** https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/ */
export interface SatisfactionRating {
  id: number;
  ticket_id: number;
  requester_id: number;
  assignee_id: number | null;
  group_id: number | null;
  score: 'offered' | 'unoffered' | 'good' | 'bad';
  comment: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
}
