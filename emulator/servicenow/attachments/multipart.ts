import busboy from 'busboy';
import type { Request } from 'express';
import { badRequest, SnError } from '../errors';

export interface UploadForm {
  fields: Record<string, string>;
  file?: { fileName: string; contentType: string; content: Buffer };
}

/** Largest file the emulation keeps in memory (an instance's default is 1024 MB, com.glide.attachment.max_size). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Reads a multipart/form-data upload: metadata fields (table_name, table_sys_id) first,
 * the file in the last part, as the Attachment API documents for POST /upload.
 */
export function readUploadForm(req: Request): Promise<UploadForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_FILE_BYTES, fields: 20, fieldSize: 64 * 1024 } });
    } catch {
      return reject(badRequest('Exception while reading request', 'Expected a multipart/form-data body with a boundary'));
    }
    const form: UploadForm = { fields: {} };
    parser.on('field', (name, value) => (form.fields[name] = value));
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => reject(new SnError(413, 'Request entity too large', `Attachments are limited to ${MAX_FILE_BYTES} bytes here`)));
      stream.on('end', () => (form.file = { fileName: info.filename ?? '', contentType: info.mimeType, content: Buffer.concat(chunks) }));
    });
    parser.on('error', () => reject(badRequest('Exception while reading request', 'The multipart body could not be read')));
    parser.on('close', () => resolve(form));
    req.pipe(parser);
  });
}
