import { z } from 'zod';
import { dataActionSchema } from './actionSchema';

/**
 * The data actions an admin defined, and the secrets their templates name by reference
 * (`${secret.LOYALTY_KEY}`): kept apart from the actions so that the actions can be shown,
 * copied and tested while the values stay masked for everyone but the service.
 */
export const dataActionsConfigSchema = z
  .strictObject({
    actions: z.array(dataActionSchema).default([]),
    secrets: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a secret name is letters, digits and _'), z.string()).default({}),
  })
  .prefault({});

export type DataActionsConfig = z.output<typeof dataActionsConfigSchema>;
