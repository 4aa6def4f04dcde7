import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Secrets are optional: they may be injected at run time instead of stored with the configuration. */
const salesforceAuth = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('access-token'), accessToken: z.string().min(1).optional() }),
  z.object({
    kind: z.literal('password'),
    username: z.string().min(1),
    password: z.string().optional(),
    securityToken: z.string().optional(),
    clientId: z.string().optional(),
    clientSecret: z.string().optional(),
  }),
  z.object({ kind: z.literal('client-credentials'), clientId: z.string().min(1), clientSecret: z.string().optional() }),
]);

export const salesforceConnectionSchema = z.object({
  instanceUrl: url,
  apiVersion: z.string().regex(/^\d{2}\.0$/, 'an API version looks like 62.0').default('62.0'),
  auth: salesforceAuth.default({ kind: 'access-token' }),
});

export const servicenowConnectionSchema = z.object({
  instanceUrl: url,
  user: z.string().min(1),
  password: z.string().optional(),
});

/**
 * Zendesk API tokens authenticate as `{email}/token`. Without a `baseUrl` it is the emulator's own
 * Zendesk with the seeded agent and token: `{}` connects it, as for Dynamics 365.
 */
export const zendeskConnectionSchema = z.object({
  baseUrl: url.optional(),
  email: z.email().default('admin@customercard.example'),
  apiToken: z.string().optional(),
});

/**
 * A Dataverse environment and its app registration (client-credentials grant). Every part has a
 * default, the emulator's own: `{}` connects the emulated Dynamics 365 with the seeded app.
 */
export const dynamicsConnectionSchema = z.object({
  environmentUrl: url.optional(),
  authorityUrl: url.optional(),
  tenant: z.string().min(1).default('customercard'),
  clientId: z.string().min(1).default('customer-card-local'),
  clientSecret: z.string().optional(),
});

export const connectionsSchema = z
  .object({
    salesforce: salesforceConnectionSchema.optional(),
    servicenow: servicenowConnectionSchema.optional(),
    zendesk: zendeskConnectionSchema.optional(),
    dynamics: dynamicsConnectionSchema.optional(),
  })
  .prefault({});

export type SalesforceConnection = z.infer<typeof salesforceConnectionSchema>;
export type ServiceNowConnection = z.infer<typeof servicenowConnectionSchema>;
export type ZendeskConnection = z.infer<typeof zendeskConnectionSchema>;
export type DynamicsConnection = z.infer<typeof dynamicsConnectionSchema>;
export type Connections = z.infer<typeof connectionsSchema>;
