import express, { Router, type Request } from 'express';
import { digestToken, indexOfDigest } from '../auth/secrets';
import { sendError, sendNotFound } from '../http/errors';
import { firstQuery, pathId } from '../http/origin';
import { isoTime, type ZendeskState } from '../model/state';
import { addUpload, attachmentJson, contentTypeOf, refOf } from './attachments';

const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

/** Upload Files takes the file's raw bytes, whatever their type, up to Zendesk's 50 MB. */
const rawBody = express.raw({ type: () => true, limit: '50mb' });

/** Upload Files, Delete Upload and Show Attachment, under `/api/v2` after authentication. */
export function uploadRoutes(state: ZendeskState): Router {
  const router = Router();

  router.post(['/uploads.json', '/uploads'], rawBody, async (req, res) => {
    const fileName = firstQuery(req.query.filename)?.trim();
    if (!fileName) return sendError(res, 400, 'InvalidValue', 'filename is required');
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const token = firstQuery(req.query.token);
    if (token !== undefined && !state.data.attachments.some((a) => a.token === token && a.comment_id === null)) return sendNotFound(res);
    const added = addUpload(state, fileName, contentTypeOf(fileName, req.get('content-type')), bytes, token);
    await state.save();
    const files = state.data.attachments.filter((a) => a.token === added.token);
    const expires = isoTime(new Date(state.now().getTime() + 3 * 24 * 60 * 60_000));
    const shown = files.map((a) => attachmentJson(refOf(a), origin(req)));
    res.status(201).json({ upload: { token: added.token, expires_at: expires, attachments: shown, attachment: shown.at(-1) } });
  });

  router.delete('/uploads/:token', async (req, res) => {
    const token = req.params.token.replace(/\.json$/, '');
    const before = state.data.attachments.length;
    state.data.attachments = state.data.attachments.filter((a) => !(a.token === token && a.comment_id === null));
    if (state.data.attachments.length === before) return sendNotFound(res);
    await state.save();
    res.status(204).end();
  });

  router.get('/attachments/:id', (req, res) => {
    const attachment = state.data.attachments.find((a) => a.id === pathId(req.params.id));
    if (!attachment) return sendNotFound(res);
    res.json({ attachment: attachmentJson(refOf(attachment), origin(req)) });
  });

  return router;
}

/** Images, audio and PDFs open in place; anything else downloads, so no uploaded page runs on this origin. */
const INLINE = /^(image\/(png|jpeg|gif|webp)|audio\/[a-z0-9.+-]+|application\/pdf)$/;

/**
 * The files behind `content_url`, served without credentials as Zendesk does for public
 * attachments (the long token is the key), with their type and headers that keep a browser
 * from running them.
 */
export function attachmentContentRoutes(state: ZendeskState): Router {
  const router = Router();
  router.get('/attachments/token/:token', (req, res) => {
    // The token is the key to the file: compared in constant time, as every secret here.
    const attachments = state.data.attachments;
    const attachment = attachments[indexOfDigest(req.params.token, attachments.map((a) => digestToken(a.token)))];
    if (!attachment) return sendNotFound(res);
    const disposition = INLINE.test(attachment.content_type) ? 'inline' : 'attachment';
    res.set({
      'content-type': attachment.content_type,
      'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    res.send(Buffer.from(attachment.data, 'base64'));
  });
  return router;
}
