import { z } from 'zod';
import { configSchema } from '../config/schema';
import { defineRoute } from './route';

const configResponse = z.object({ config: configSchema });

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
    responses: { 200: configResponse },
    errors: [403],
  }),
} as const;
