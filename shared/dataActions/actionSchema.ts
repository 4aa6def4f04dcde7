import { z } from 'zod';

/** A JSON Schema (draft 2020-12 subset zod reads) for an action's input or output. */
const jsonSchema = z.record(z.string(), z.unknown());

/**
 * A generic data action (§7.8, seed 003: Genesys' web-service data actions), as data: an input
 * and an output contract, a request template, a response mapping, a timeout and what "not
 * found" means. `${input.x}` fills in the caller's input, `${secret.NAME}` a secret from the
 * connection settings (never shown to agents or written to logs).
 */
export const dataActionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(80),
  input: jsonSchema,
  output: jsonSchema,
  request: z.strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH']).default('GET'),
    /** An http(s) URL template; one starting with `/` is on the service's own origin (the emulator's demo services). */
    url: z.string().regex(/^(https?:\/\/|\/)/, 'an http(s) URL template, or a path on this service'),
    headers: z.record(z.string(), z.string()).default({}),
    /** A JSON body template (strings may hold placeholders), or a GraphQL operation. */
    body: z.unknown().optional(),
    graphql: z.strictObject({ query: z.string().min(1), variables: z.record(z.string(), z.unknown()).default({}) }).optional(),
  }),
  /** A JSONata expression from the response body to the output contract; empty result = not found. */
  mapping: z.string().min(1).max(4000),
  /** HTTP statuses that mean "no such customer" rather than an error (404 by default). */
  notFoundStatuses: z.array(z.number().int().min(200).max(599)).default([404]),
  timeoutMs: z.number().int().min(50).max(10_000).default(1500),
});

export type DataAction = z.output<typeof dataActionSchema>;
