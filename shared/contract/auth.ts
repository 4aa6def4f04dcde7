import { z } from 'zod';
import { defineRoute } from './route';
import { agentView } from './agents';

export const signInBody = z.object({ username: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

/** Sign-in: a bearer token for tools and pages (pages also get the `cc_session` cookie at /login). */
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
    errors: [401],
  }),
} as const;
