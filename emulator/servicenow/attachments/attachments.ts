import { createHash } from 'node:crypto';
import type { Database } from '../data/database';
import { insertRecord } from '../records/write';
import type { SnRecord } from '../schema';

/**
 * Attachments are sys_attachment records (table_name, table_sys_id point at the record
 * they belong to) plus the file's bytes, kept beside the tables. The record's
 * attachments are then a query on sys_attachment, through the Attachment or Table API.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AttachmentAPI.html
 */
export interface NewAttachment {
  tableName: string;
  tableSysId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

const ATTACHMENT = 'sys_attachment';
const files = (db: Database) => (db.data.attachments ??= {});

export function addAttachment(db: Database, userName: string, file: NewAttachment): SnRecord {
  const record = insertRecord({ db, userName }, ATTACHMENT, {
    file_name: file.fileName,
    content_type: file.contentType,
    size_bytes: String(file.content.length),
    // Stored as sent: not compressed, so no compressed size (documented as empty then).
    compressed: 'false',
    table_name: file.tableName,
    table_sys_id: file.tableSysId,
    hash: createHash('sha256').update(file.content).digest('hex'),
  });
  files(db)[record.sys_id] = file.content.toString('base64');
  return record;
}

export function attachmentContent(db: Database, sysId: string): Buffer | undefined {
  const content = Object.hasOwn(files(db), sysId) ? files(db)[sysId] : undefined;
  return content === undefined ? undefined : Buffer.from(content, 'base64');
}

export function removeAttachment(db: Database, sysId: string): void {
  db.remove(ATTACHMENT, sysId);
  delete files(db)[sysId];
}

/** Deleting a record deletes its attachments, as the instance's cascade rule does. */
export function removeAttachmentsOf(db: Database, table: string, sysId: string): void {
  for (const id of [...db.lookup(ATTACHMENT, 'table_sys_id', sysId)]) {
    if (db.get(ATTACHMENT, id)?.table_name === table) removeAttachment(db, id);
  }
}
