import type { Request } from 'express';

/** The environment URL as the client reached it: tokens, ids and links are made for it. */
export const requestOrigin = (req: Request): string => `${req.protocol}://${req.get('host')}`;
