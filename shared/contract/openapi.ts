import { z } from 'zod';
import { errorBody } from './common';
import { CC_ROUTES } from './contract';
import type { RouteDef } from './route';

type JsonSchema = Record<string, unknown>;

/**
 * Builds JSON Schemas (2020-12, which OpenAPI 3.1 uses) and moves every named schema
 * (`.meta({ id })`) into `components.schemas`, so the document states each shape once.
 */
function schemaCollector() {
  const components: Record<string, JsonSchema> = {};
  const nameFor = (id: string, io: 'input' | 'output', schema: JsonSchema): string => {
    const existing = components[id];
    if (!existing || JSON.stringify(existing) === JSON.stringify(schema)) return id;
    return io === 'input' ? `${id}Input` : id;
  };
  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const renames = new Map<string, string>();
    for (const [id, def] of Object.entries($defs ?? {})) {
      const name = nameFor(id, io, def);
      renames.set(id, name);
    }
    const rewrite = (value: JsonSchema) =>
      JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_m, id: string) => `"#/components/schemas/${renames.get(id) ?? id}"`)) as JsonSchema;
    for (const [id, def] of Object.entries($defs ?? {})) components[renames.get(id)!] = rewrite(def);
    return rewrite(rest);
  };
  return { components, toSchema };
}

const parameters = (route: RouteDef, toSchema: (s: z.ZodType, io: 'input') => JsonSchema) => {
  const list: JsonSchema[] = [];
  for (const [where, object] of [['path', route.params], ['query', route.query]] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
      const optional = field.safeParse(undefined).success;
      list.push({ name, in: where, required: where === 'path' || !optional, schema: toSchema(field, 'input') });
    }
  }
  return list;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input: every error with its path',
  401: 'Not signed in',
  403: 'Not allowed, or the feature is switched off',
  404: 'No such resource',
  409: 'Not possible in the current state',
};

/** The OpenAPI 3.1 document of `/cc/v1`, generated from the contract (served at `/cc/v1/openapi.json`). */
export function buildOpenApi(serverUrl = '/cc/v1'): JsonSchema {
  const { components, toSchema } = schemaCollector();
  const error = toSchema(errorBody, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of CC_ROUTES) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      const content = route.stream
        ? { 'text/event-stream': { schema: { type: 'string' } } }
        : { 'application/json': { schema: toSchema(schema as z.ZodType, 'output') } };
      responses[status] = { description: route.stream ? 'An event stream' : 'Success', content };
    }
    const errors = new Set<number>(route.errors ?? []);
    if (route.params || route.query || route.body) errors.add(400);
    if (route.access !== 'public') errors.add(401);
    if (route.access === 'admin') errors.add(403);
    for (const status of [...errors].sort()) {
      responses[String(status)] = { description: STATUS_TEXT[status] ?? 'Error', content: { 'application/json': { schema: error } } };
    }
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: parameters(route, toSchema),
      responses,
      security: route.access === 'public' ? [] : route.access === 'source-key' ? [{ sourceKey: [] }] : [{ bearerAuth: [] }, { cookieAuth: [] }],
    };
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Customer Card contact-center API',
      version: '1.0.0',
      description: 'Calls, IVR, routing, interactions, cards, links and write-back, ticket imports and search. Generated from the zod contract in shared/contract.',
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(CC_ROUTES.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The access_token of POST /auth/token' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'cc_session', description: 'The local pages’ session' },
        sourceKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'A push source’s API key, made by an admin (POST /imports/sources)' },
      },
    },
  };
}
