import { z } from 'zod';
import { configSchema } from '../config/schema';
import { defineRoute } from './route';

const configResponse = z.object({ config: configSchema });

/** A save is a new version; checks that could not be made (a CRM was down) come back as warnings. */
const savedResponse = configResponse.extend({ version: z.number().int().optional(), warnings: z.array(z.object({ path: z.string(), message: z.string() })).optional() });

/** The admin configuration (ARCHITECTURE rule 7): features, connections, lookup plan, routing. */
export const configRoutes = {
  getConfig: defineRoute({
    operationId: 'getConfig',
    method: 'get',
    path: '/config',
    summary: 'The configuration; agents see secrets masked',
    tag: 'config',
    access: 'agent',
    responses: { 200: configResponse },
  }),
  putConfig: defineRoute({
    operationId: 'putConfig',
    method: 'put',
    path: '/config',
    summary: 'Replace the configuration; a bad one changes nothing and every error names its path',
    tag: 'config',
    access: 'admin',
    body: configSchema,
    responses: { 200: savedResponse },
    errors: [403],
  }),
} as const;
