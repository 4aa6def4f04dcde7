import express, { Router, type Request, type Response } from 'express';
import { addAttachment, attachmentContent, removeAttachment, type NewAttachment } from '../attachments/attachments';
import { MAX_FILE_BYTES, readUploadForm } from '../attachments/multipart';
import type { Database } from '../data/database';
import { badRequest, noRecord, sendError, SnError } from '../errors';
import { runQuery } from '../query/run';
import { renderRecord } from '../records/render';
import { findTable, type SnRecord } from '../schema';
import { aclRefused, canTable } from '../security/acl';
import { userByName } from '../auth/users';
import { locals } from './middleware';
import { listQuery, param, requestOrigin } from './params';
import { unknownResource } from './requestErrors';
import { renderFor } from './tableRoutes';

/** sysparm_limit's default on GET /attachment. */
const DEFAULT_LIMIT = 1000;

/**
 * The Attachment API: list, metadata, file, upload (binary or multipart) and delete.
 * Reading an attachment needs read on its record; adding or deleting one needs write.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AttachmentAPI.html
 */
export function createAttachmentRoutes(db: Database, save: () => Promise<void>): Router {
  const api = Router({ mergeParams: true });
  const readable = (res: Response, attachment: SnRecord | undefined): attachment is SnRecord =>
    attachment !== undefined && canTable(locals(res).roles, 'sys_attachment', 'read') && canTable(locals(res).roles, attachment.table_name, 'read');
  const visible = (res: Response, sysId: string) => {
    const attachment = db.get('sys_attachment', sysId);
    return readable(res, attachment) ? attachment : undefined;
  };
  const metadata = (req: Request, res: Response, record: SnRecord) => ({
    ...renderRecord(db, 'sys_attachment', record, { ...renderFor(db, req, res), fields: [], view: undefined }),
    download_link: `${requestOrigin(req)}/api/now/attachment/${record.sys_id}/file`,
    created_by_name: userByName(db, record.sys_created_by)?.name ?? record.sys_created_by,
    updated_by_name: userByName(db, record.sys_updated_by)?.name ?? record.sys_updated_by,
  });

  api.get('/', (req, res) => {
    const limit = Number.parseInt(param(req, 'sysparm_limit') ?? '', 10);
    const offset = Number.parseInt(param(req, 'sysparm_offset') ?? '', 10);
    const { records } = runQuery(db, 'sys_attachment', listQuery(req, 'sys_attachment'), { limit: Number.MAX_SAFE_INTEGER, offset: 0 });
    const shown = records.filter((record) => readable(res, record));
    const start = offset > 0 ? offset : 0;
    res.set('X-Total-Count', String(shown.length));
    res.json({ result: shown.slice(start, start + (limit > 0 ? limit : DEFAULT_LIMIT)).map((record) => metadata(req, res, record)) });
  });

  api.get('/:sysId', (req, res) => {
    const record = visible(res, String(req.params.sysId));
    if (!record) return sendError(res, noRecord());
    res.json({ result: metadata(req, res, record) });
  });

  api.get('/:sysId/file', (req, res) => {
    const record = visible(res, String(req.params.sysId));
    const content = record && attachmentContent(db, record.sys_id);
    if (!record || !content) return sendError(res, noRecord());
    res.set('Content-Type', record.content_type || 'application/octet-stream');
    res.set('X-Attachment-Metadata', JSON.stringify(metadata(req, res, record)));
    res.send(content);
  });

  const attach = async (req: Request, res: Response, file: NewAttachment) => {
    if (!file.tableName || !file.tableSysId || !file.fileName) return sendError(res, badRequest('Missing parameters: table_name, table_sys_id and file_name are required', null));
    if (!findTable(file.tableName) || !db.get(file.tableName, file.tableSysId) || !canTable(locals(res).roles, file.tableName, 'read')) {
      return sendError(res, new SnError(404, 'Invalid table or record', `Record ${file.tableName}:${file.tableSysId} does not exist or is not accessible`));
    }
    if (!canTable(locals(res).roles, 'sys_attachment', 'create') || !canTable(locals(res).roles, file.tableName, 'write')) return sendError(res, aclRefused('create'));
    const record = addAttachment(db, locals(res).userName, file);
    await save();
    res.status(201).set('Location', `${requestOrigin(req)}/api/now/attachment/${record.sys_id}`).json({ result: metadata(req, res, record) });
  };

  // The file is the body as sent; the Content-Type header is its type (any type is accepted).
  api.post('/file', express.raw({ type: () => true, limit: MAX_FILE_BYTES }), async (req, res) => {
    const contentType = req.get('content-type');
    if (!contentType) return sendError(res, badRequest('Missing Content-Type header', 'Send the content type of the file to attach'));
    await attach(req, res, {
      tableName: param(req, 'table_name') ?? '',
      tableSysId: param(req, 'table_sys_id') ?? '',
      fileName: param(req, 'file_name') ?? '',
      contentType,
      content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    });
  });

  api.post('/upload', async (req, res) => {
    if (!/^multipart\/form-data/i.test(req.get('content-type') ?? '')) return sendError(res, new SnError(415, 'Unsupported Media Type', 'POST /attachment/upload takes multipart/form-data'));
    const form = await readUploadForm(req);
    if (!form.file) return sendError(res, badRequest('Missing parameters: no file part in the form', null));
    const { fields, file } = form;
    await attach(req, res, { tableName: fields.table_name ?? '', tableSysId: fields.table_sys_id ?? '', fileName: file.fileName, contentType: fields.content_type || file.contentType, content: file.content });
  });

  api.delete('/:sysId', async (req, res) => {
    const record = visible(res, String(req.params.sysId));
    if (!record) return sendError(res, noRecord());
    if (!canTable(locals(res).roles, 'sys_attachment', 'delete') || !canTable(locals(res).roles, record.table_name, 'write')) return sendError(res, aclRefused('delete'));
    removeAttachment(db, record.sys_id);
    await save();
    res.status(204).end();
  });

  api.use(unknownResource);
  return api;
}
