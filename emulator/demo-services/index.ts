import { readFileSync } from 'node:fs';
import express, { Router } from 'express';
import { buildSchema, graphql } from 'graphql';
import type { EmulatedService } from '../service';

interface Member {
  phone: string;
  fullName: string;
  level: string;
  points: number;
  memberSince: string;
}
interface Subscriber {
  phone: string;
  name: string;
  plan: string;
  status: string;
  contractEnds: string;
}

const DATA = JSON.parse(readFileSync(new URL('./members.json', import.meta.url), 'utf8')) as { loyalty: Member[]; subscriptions: Subscriber[] };

/** The demo keys the shipped data actions use (README: seeded credentials). */
export const DEMO_KEYS = { loyalty: 'demo-loyalty-key', subscriptions: 'demo-subscriptions-key' } as const;

/** A number however it is written, as its last ten digits: what both demo services compare. */
const digits = (phone: string) => phone.replace(/\D/g, '').slice(-10);

const SCHEMA = buildSchema(`
  type Subscriber { phone: String!, name: String!, plan: String!, status: String!, contractEnds: String! }
  type Query { subscriber(phone: String!): Subscriber }
`);

/**
 * Two third-party services the demo's generic data actions call (§7.8, seed 003): a REST
 * loyalty service and a GraphQL subscription service, each with its own API key. They stand
 * for any service a company runs; nothing in the product knows them but the configuration.
 */
export function createDemoServices(): EmulatedService {
  const router = Router();
  router.get('/demo-services/loyalty/members', (req, res) => {
    if (req.headers.authorization !== `Bearer ${DEMO_KEYS.loyalty}`) return res.status(401).json({ message: 'missing or wrong API key' });
    const phone = typeof req.query.phone === 'string' ? digits(req.query.phone) : '';
    if (phone.length < 7) return res.status(400).json({ message: 'phone is required' });
    res.json({ members: DATA.loyalty.filter((m) => digits(m.phone) === phone) });
  });
  router.post('/demo-services/subscriptions/graphql', express.json({ limit: '64kb' }), async (req, res) => {
    if (req.headers['x-api-key'] !== DEMO_KEYS.subscriptions) return res.status(401).json({ errors: [{ message: 'missing or wrong API key' }] });
    const { query, variables } = (req.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') return res.status(400).json({ errors: [{ message: 'a query is required' }] });
    const rootValue = { subscriber: ({ phone }: { phone: string }) => DATA.subscriptions.find((s) => digits(s.phone) === digits(phone)) ?? null };
    res.json(await graphql({ schema: SCHEMA, source: query, rootValue, variableValues: variables ?? {} }));
  });
  return { name: 'demo-services', router };
}
