import type { RequestHandler } from 'express';
import { notFound, sendError } from '../http/errors';

/** API versions the emulator answers, with their release names. */
const RELEASES = ["Winter '21", "Spring '21", "Summer '21", "Winter '22", "Spring '22", "Summer '22", "Winter '23", "Spring '23", "Summer '23", "Winter '24", "Spring '24", "Summer '24", "Winter '25"];
export const VERSIONS = RELEASES.map((label, i) => ({ label, url: `/services/data/v${50 + i}.0`, version: `${50 + i}.0` }));

/** Unknown versions answer NOT_FOUND like any unknown resource. */
export const checkVersion: RequestHandler = (req, res, next) => {
  const version = (req.params as Record<string, string>).version;
  if (VERSIONS.some((v) => `v${v.version}` === version)) next();
  else sendError(res, notFound());
};
