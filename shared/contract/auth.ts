import { z } from 'zod';
import { defineRoute } from './route';
import { agentView } from './agents';

export const signInBody = z.object({ username: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

/**
 * Sign-in: a bearer token for tools and pages (pages also get the `cc_session` cookie at /login).
 * Sessions end on sign-out, after an idle time and at a maximum age; 20 wrong passwords in a
 * minute for a user or from an address answer 429 with `Retry-After`.
 */
export const authRoutes = {
  signIn: defineRoute({
    operationId: 'signIn',
    method: 'post',
    path: '/auth/token',
    summary: 'Sign in with username and password; returns a bearer token',
    tag: 'auth',
    access: 'public',
    body: signInBody,
    responses: { 200: z.object({ access_token: z.string(), token_type: z.literal('Bearer'), agent: agentView }) },
    errors: [401, 429],
  }),
  signOut: defineRoute({
    operationId: 'signOut',
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out: ends the session of the bearer token or the page cookie',
    tag: 'auth',
    access: 'agent',
    responses: { 200: z.object({ signedOut: z.literal(true) }) },
  }),
} as const;
