import { randomBytes } from 'node:crypto';
import { fieldError } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Attachment, AttachmentRef } from '../model/types';

/**
 * Ticket attachments (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket-attachments/):
 * Upload Files answers a token; a comment sent with `uploads: [token]` takes the files along,
 * and each file is then served from its `content_url` with the type it was uploaded with.
 */
const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
  txt: 'text/plain', csv: 'text/csv', json: 'application/json', wav: 'audio/wav', mp3: 'audio/mpeg', zip: 'application/zip',
};

/** Sent as `application/binary` (node-zendesk) or octet-stream, the type comes from the file name. */
export function contentTypeOf(fileName: string, declared: string | undefined): string {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (type && type !== 'application/binary' && type !== 'application/octet-stream' && /^[a-z]+\/[a-z0-9.+-]+$/.test(type)) return type;
  return TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function addUpload(state: ZendeskState, fileName: string, contentType: string, bytes: Buffer, token?: string): Attachment {
  const attachment: Attachment = {
    id: nextId(state),
    token: token ?? randomBytes(18).toString('base64url'),
    file_name: fileName,
    content_type: contentType,
    size: bytes.length,
    data: bytes.toString('base64'),
    comment_id: null,
    created_at: isoTime(state.now()),
  };
  state.data.attachments.push(attachment);
  return attachment;
}

/** The uploads a comment names; an unknown or already used token refuses the write. */
export function uploadsFor(state: ZendeskState, tokens: unknown): Attachment[] {
  if (tokens === undefined || tokens === null) return [];
  if (!Array.isArray(tokens)) throw fieldError('uploads', 'Uploads: must be a list of upload tokens', 'InvalidValue');
  return tokens.flatMap((token) => {
    const found = state.data.attachments.filter((a) => a.token === String(token) && a.comment_id === null);
    if (!found.length) throw fieldError('uploads', `Uploads: ${String(token)} is not a valid upload token`, 'InvalidValue');
    return found;
  });
}

export function refOf(attachment: Attachment): AttachmentRef {
  const { id, token, file_name, content_type, size } = attachment;
  return { id, token, file_name, content_type, size };
}

export function contentPath(ref: AttachmentRef): string {
  return `/attachments/token/${ref.token}/?name=${encodeURIComponent(ref.file_name)}`;
}

export function attachmentJson(ref: AttachmentRef, origin: string) {
  const contentUrl = `${origin}${contentPath(ref)}`;
  return {
    url: `${origin}/api/v2/attachments/${ref.id}.json`,
    id: ref.id,
    file_name: ref.file_name,
    content_url: contentUrl,
    mapped_content_url: contentUrl,
    content_type: ref.content_type,
    size: ref.size,
    width: null,
    height: null,
    inline: false,
    deleted: false,
    malware_access_override: false,
    malware_scan_result: 'malware_not_found',
    thumbnails: [],
  };
}
