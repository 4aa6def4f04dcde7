import type { Request } from 'express';

/**
 * The REST API reads JSON bodies only (XML is documented too, but the emulator does not
 * speak it); any other media type is refused with 415 UNSUPPORTED_MEDIA_TYPE, worded as the
 * API words it ("MediaType of 'multipart/related' is not supported by this resource",
 * github.com/kevinohara80/nforce/issues/74). This is also what keeps a cross-site `text/plain`
 * or form post, which a browser sends with the victim's cookies, from writing anything.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm (415)
 */
export const MEDIA_UNSUPPORTED = 'media.unsupported';

const READABLE = new Set(['application/json']);

/** A body without a type is `application/octet-stream` to the recipient (RFC 9110 §8.3). */
export function mediaTypeOf(req: Request): string {
  const header = req.headers['content-type'];
  return header ? header.split(';')[0].trim().toLowerCase() : 'application/octet-stream';
}

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/** The error `dataErrors` turns into a 415, or undefined when the body may be parsed. */
export function unsupportedMedia(req: Request): Error | undefined {
  if (!hasBody(req)) return undefined;
  const mediaType = mediaTypeOf(req);
  return READABLE.has(mediaType) ? undefined : Object.assign(new Error(`unsupported media type ${mediaType}`), { type: MEDIA_UNSUPPORTED, mediaType });
}
