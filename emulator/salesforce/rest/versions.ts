import type { RequestHandler } from 'express';
import { fail, notFound, sendError } from '../http/errors';

/**
 * API versions the emulator answers: every version Salesforce still serves, 31.0 (Summer '14)
 * through 67.0 (Summer '26), the newest the REST API Developer Guide lists. Three releases a
 * year (Summer, Winter, Spring), each one version up, so the labels follow from the number.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm
 */
export const OLDEST_VERSION = 31;
export const NEWEST_VERSION = 67;
const SEASONS = ['Summer', 'Winter', 'Spring'];

/** The release name of a version: 31 -> "Summer '14", 32 -> "Winter '15", 67 -> "Summer '26". */
export function releaseLabel(version: number): string {
  const step = version - OLDEST_VERSION;
  const year = 14 + Math.floor((step + 2) / 3);
  return `${SEASONS[((step % 3) + 3) % 3]} '${String(year).padStart(2, '0')}`;
}

export const VERSIONS = Array.from({ length: NEWEST_VERSION - OLDEST_VERSION + 1 }, (_, i) => {
  const number = OLDEST_VERSION + i;
  return { label: releaseLabel(number), url: `/services/data/v${number}.0`, version: `${number}.0` };
});

/** `62.0` or `v62.0` as its major number, when it has the form of an API version. */
function versionNumber(text: string): number | undefined {
  const match = /^v?(\d{1,3})\.0$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** True for a version this org serves (with or without the leading `v`). */
export const isServedVersion = (text: string) => VERSIONS.some((v) => v.version === `${versionNumber(text)}.0`);

/**
 * Versions 7.0 through 30.0 are retired: "If you request any resource or use an operation from a
 * retired API version, REST API returns the 410:GONE error code." The body is not documented;
 * it is given the REST error shape. Versions above the newest are unknown resources (404).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/api_rest_eol.htm
 */
export const checkVersion: RequestHandler = (req, res, next) => {
  const text = (req.params as Record<string, string>).version;
  const number = versionNumber(text);
  if (text.startsWith('v') && isServedVersion(text)) return next();
  if (text.startsWith('v') && number !== undefined && number >= 7 && number < OLDEST_VERSION) {
    return sendError(res, fail(410, 'GONE', `API version ${number}.0 is retired and no longer available`));
  }
  sendError(res, notFound());
};
