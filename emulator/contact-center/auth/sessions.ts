import type { Request, RequestHandler } from 'express';
import { readCookie } from '../../http/cookies';
import { ownEntry, type AgentRecord, type ContactCenterStore } from '../data';
import { sendError } from '../http/respond';
import { decoyHash, verifyPassword } from './passwords';
import { newToken, tokenHash } from './secrets';
import { isExpired, sessionPolicy } from './sessionPolicy';
import { SignInThrottle } from './throttle';

/** The cookie local pages carry instead of a bearer token. */
export const SESSION_COOKIE = 'cc_session';

export type SignInResult = { token: string; agent: AgentRecord } | { refused: 'wrong-password' } | { refused: 'throttled'; retryAfter: number };

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client's address: wrong passwords are counted per user and per address. */
  address: string;
  /** The session the client had, ended on sign-in (a new token every time). */
  previousToken?: string;
}

const throttles = new WeakMap<object, SignInThrottle>();
const throttleOf = (cc: ContactCenterStore) => {
  let throttle = throttles.get(cc.data);
  if (!throttle) throttles.set(cc.data, (throttle = new SignInThrottle()));
  return throttle;
};

export async function signIn(cc: ContactCenterStore, attempt: SignInAttempt, now = Date.now()): Promise<SignInResult> {
  const username = attempt.username.trim().toLowerCase();
  const keys = [`user:${username}`, `address:${attempt.address}`];
  const throttle = throttleOf(cc);
  const retryAfter = throttle.retryAfter(keys, now);
  if (retryAfter > 0) return { refused: 'throttled', retryAfter };
  const agent = cc.data.agents.find((a) => a.username.toLowerCase() === username);
  // An unknown user costs one scrypt as well, so timing tells nothing about who exists.
  const matches = await verifyPassword(attempt.password, agent?.passwordHash ?? (await decoyHash()));
  if (!agent || !matches) {
    throttle.fail(keys, now);
    return { refused: 'wrong-password' };
  }
  if (attempt.previousToken) delete cc.data.tokens[tokenHash(attempt.previousToken)];
  dropExpired(cc, now);
  return { token: await issueToken(cc, agent.id, now), agent };
}

export async function issueToken(cc: ContactCenterStore, agentId: string, now = Date.now()): Promise<string> {
  const token = newToken();
  cc.data.tokens[tokenHash(token)] = { agentId, createdAt: new Date(now).toISOString() };
  await cc.save();
  return token;
}

/** Ends a session (sign-out); true when there was one. */
export async function signOut(cc: ContactCenterStore, token: string): Promise<boolean> {
  const key = tokenHash(token);
  if (!Object.hasOwn(cc.data.tokens, key)) return false;
  delete cc.data.tokens[key];
  await cc.save();
  return true;
}

function dropExpired(cc: ContactCenterStore, now: number): void {
  const policy = sessionPolicy();
  for (const [key, session] of Object.entries(cc.data.tokens)) {
    if (isExpired({ ...session, lastSeenAt: lastSeen.get(key) ?? session.lastSeenAt }, now, policy)) delete cc.data.tokens[key];
  }
}

/**
 * When each session was last used, by token hash. Kept in memory so that a read never rewrites
 * the data file; after a restart the idle clock counts from the stored sign-in time.
 */
const lastSeen = new Map<string, string>();

/** The agent of a live session, which the request keeps alive; undefined when unknown or expired. */
export function sessionAgent(cc: ContactCenterStore, token: string | undefined, now = Date.now()): AgentRecord | undefined {
  if (!token) return undefined;
  const key = tokenHash(token);
  const session = ownEntry(cc.data.tokens, key);
  if (!session) return undefined;
  if (isExpired({ ...session, lastSeenAt: lastSeen.get(key) ?? session.lastSeenAt }, now, sessionPolicy())) {
    delete cc.data.tokens[key];
    lastSeen.delete(key);
    return undefined;
  }
  lastSeen.set(key, new Date(now).toISOString());
  return cc.data.agents.find((a) => a.id === session.agentId);
}

export function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

/** The token a request authenticates with: a bearer token, else the page session cookie. */
export const requestToken = (req: Request) => bearerToken(req) ?? readCookie(req, SESSION_COOKIE);

/** Every call but sign-in needs a bearer token or the page session cookie. */
export function requireAgent(cc: ContactCenterStore): RequestHandler {
  return (req, res, next) => {
    const agent = sessionAgent(cc, requestToken(req));
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
