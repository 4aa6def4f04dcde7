import { fieldError } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Comment, Via, VoiceData } from '../model/types';
import { escapeHtml } from '../http/html';
import { attachmentJson, refOf, uploadsFor } from '../attachments/attachments';

/** A `comment` object as the Tickets and Ticket Import APIs accept it. */
export interface CommentInput {
  body?: unknown;
  html_body?: unknown;
  /** The Ticket Import API's name for the body. */
  value?: unknown;
  public?: unknown;
  author_id?: unknown;
  created_at?: unknown;
  /** Upload tokens whose files the comment takes along. */
  uploads?: unknown;
}

/** https://developer.zendesk.com/documentation/ticketing/managing-tickets/adding-voice-comments-to-tickets */
export interface VoiceCommentInput {
  from?: unknown;
  to?: unknown;
  recording_url?: unknown;
  started_at?: unknown;
  call_duration?: unknown;
  answered_by_id?: unknown;
  transcription_text?: unknown;
  location?: unknown;
  author_id?: unknown;
}

export function via(channel: string): Via {
  return { channel, source: { from: {}, to: {}, rel: null } };
}

export function buildComment(state: ZendeskState, input: CommentInput, authorId: number, channel: string): Comment {
  const html = typeof input.html_body === 'string' ? input.html_body : null;
  const body = typeof input.body === 'string' ? input.body : typeof input.value === 'string' ? input.value : html ? stripTags(html) : '';
  if (!body.trim()) throw fieldError('comment', 'Comment: cannot be blank', 'BlankValue');
  const author = input.author_id == null ? authorId : Number(input.author_id);
  if (!state.usersById.has(author)) throw fieldError('author_id', 'Author: is invalid', 'InvalidValue');
  const uploads = uploadsFor(state, input.uploads);
  const id = nextId(state);
  for (const upload of uploads) upload.comment_id = id;
  return {
    id,
    type: 'Comment',
    author_id: author,
    body,
    html_body: html ?? `<div class="zd-comment" dir="auto">${escapeHtml(body).replace(/\n/g, '<br>')}</div>`,
    plain_body: body,
    public: input.public === undefined ? true : input.public !== false,
    attachments: uploads.map(refOf),
    audit_id: nextId(state),
    via: via(channel),
    created_at: typeof input.created_at === 'string' ? input.created_at : isoTime(state.now()),
    metadata: { system: { client: 'Customer Card emulator' }, custom: {} },
  };
}

/** Voice comments are private notes carrying the call and its recording. */
export function buildVoiceComment(state: ZendeskState, input: VoiceCommentInput, authorId: number, createdAt?: string): Comment {
  if (typeof input.recording_url !== 'string' || !input.recording_url) {
    throw fieldError('voice_comment', 'Voice comment: recording_url cannot be blank', 'BlankValue');
  }
  const answeredBy = input.answered_by_id == null ? null : Number(input.answered_by_id);
  const data: VoiceData = {
    from: String(input.from ?? ''),
    to: String(input.to ?? ''),
    recording_url: input.recording_url,
    started_at: typeof input.started_at === 'string' ? input.started_at : createdAt ?? isoTime(state.now()),
    call_duration: Number(input.call_duration ?? 0),
    answered_by_id: answeredBy,
    transcription_text: typeof input.transcription_text === 'string' ? input.transcription_text : null,
    location: typeof input.location === 'string' ? input.location : null,
  };
  const body = `Call from: ${data.from}\nCall to: ${data.to}\nTime of call: ${data.started_at}\nLength of phone call: ${data.call_duration} seconds`;
  const comment = buildComment(state, { body, public: false, author_id: input.author_id ?? answeredBy ?? undefined, created_at: createdAt }, authorId, 'voice');
  return { ...comment, type: 'VoiceComment', data };
}

/** A stored comment as the API shows it: recording paths become URLs on this host. */
export function commentJson(comment: Comment, origin: string) {
  const attachments = (comment.attachments ?? []).map((a) => attachmentJson(a, origin));
  if (!comment.data) return { ...comment, attachments };
  const url = comment.data.recording_url;
  const data = { ...comment.data, recording_url: url.startsWith('/') ? `${origin}${url}` : url };
  return { ...comment, attachments, data, formatted_from: data.from, formatted_to: data.to, transcription_visible: data.transcription_text !== null };
}

function stripTags(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
}
