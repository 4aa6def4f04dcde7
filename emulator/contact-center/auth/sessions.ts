import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { readCookie } from '../../http/cookies';
import { ownEntry, type AgentRecord, type ContactCenterStore } from '../data';
import { sendError } from '../http/respond';
import { verifyPassword } from './passwords';

/** The cookie local pages carry instead of a bearer token. */
export const SESSION_COOKIE = 'cc_session';

export async function signIn(cc: ContactCenterStore, username: string, password: string): Promise<{ token: string; agent: AgentRecord } | null> {
  const agent = cc.data.agents.find((a) => a.username.toLowerCase() === username.trim().toLowerCase());
  if (!agent || !verifyPassword(password, agent.passwordHash)) return null;
  return { token: await issueToken(cc, agent.id), agent };
}

export async function issueToken(cc: ContactCenterStore, agentId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  cc.data.tokens[token] = { agentId, createdAt: new Date().toISOString() };
  await cc.save();
  return token;
}

function tokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Every call but sign-in needs a bearer token or the page session cookie. */
export function requireAgent(cc: ContactCenterStore): RequestHandler {
  return (req, res, next) => {
    const token = tokenOf(req.headers.authorization) ?? readCookie(req, SESSION_COOKIE);
    const session = token ? ownEntry(cc.data.tokens, token) : undefined;
    const agent = session && cc.data.agents.find((a) => a.id === session.agentId);
    if (!agent) return sendError(res, 401, 'unauthorized');
    res.locals.agent = agent;
    next();
  };
}

export const requireAdmin: RequestHandler = (_req, res, next) => {
  if ((res.locals.agent as AgentRecord).role !== 'admin') return sendError(res, 403, 'forbidden', { message: 'Only an admin can do this.' });
  next();
};

export const currentAgent = (locals: Record<string, unknown>) => locals.agent as AgentRecord;

/** What the API shows of an agent: never the password hash. */
export function publicAgent(agent: AgentRecord) {
  const { passwordHash: _hidden, ...rest } = agent;
  return rest;
}
