import { Router, type Request } from 'express';
import { signedInUser } from '../http/auth';
import { RecordInvalid, sendError, sendNotFound } from '../http/errors';
import { write } from '../http/write';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import type { ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { matchesUser } from '../search/matchUser';
import { parseQuery } from '../search/parseQuery';
import { invalidTerms } from '../search/wildcard';
import { identitiesOf, identityJson } from './identities';
import { createUser, deleteUser, updateUser, userJson, type UserInput } from './users';

/** Users and identities (https://developer.zendesk.com/api-reference/ticketing/users/users/). */
export function userRoutes(state: ZendeskState): Router {
  const router = Router();
  const json = (req: Request, user: User) => userJson(user, apiBase(req));

  router.get(['/users.json', '/users'], (req, res) => {
    const roles = [req.query.role, req.query['role[]']].flat().filter((r): r is string => typeof r === 'string');
    const users = roles.length ? state.data.users.filter((u) => roles.includes(u.role)) : state.data.users;
    sendList(req, res, 'users', `${apiBase(req)}/users.json`, users, { idOf: (u) => u.id, toJson: (u) => json(req, u) });
  });

  /** Without credentials Zendesk answers 200 with the anonymous user instead of 401. */
  router.get(['/users/me.json', '/users/me'], (req, res) => {
    const user = signedInUser(req);
    res.json({ user: user ? json(req, user) : ANONYMOUS_USER });
  });

  router.get(['/users/search.json', '/users/search'], (req, res) => {
    const query = firstQuery(req.query.query);
    const externalId = firstQuery(req.query.external_id);
    if (query === undefined && externalId === undefined) return sendError(res, 400, 'InvalidParameter', 'query or external_id is required');
    const terms = externalId !== undefined ? parseQuery(`external_id:"${externalId}"`) : parseQuery(query!);
    const invalid = invalidTerms(terms);
    if (invalid) return sendError(res, 400, 'invalid', invalid);
    const found = state.data.users.filter((u) => matchesUser(state, u, terms));
    sendList(req, res, 'users', `${apiBase(req)}/users/search.json`, found, { idOf: (u) => u.id, toJson: (u) => json(req, u) });
  });

  router.get(['/users/show_many.json', '/users/show_many'], (req, res) => {
    const ids = (firstQuery(req.query.ids) ?? '').split(',').map(Number);
    const users = ids.map((id) => state.usersById.get(id)).filter((u): u is User => Boolean(u));
    res.json({ users: users.map((u) => json(req, u)), next_page: null, previous_page: null, count: users.length });
  });

  router.post(['/users.json', '/users'], write(async (req, res) => {
    const user = createUser(state, userInput(req));
    await state.save();
    res.status(201).json({ user: json(req, user) });
  }));

  /** Matches on email or external_id; 201 when it created, 200 when it updated. */
  router.post(['/users/create_or_update.json', '/users/create_or_update'], write(async (req, res) => {
    const input = userInput(req);
    const email = typeof input.email === 'string' ? input.email.toLowerCase() : undefined;
    const existing =
      (email && state.usersByEmail.get(email)) ||
      (input.external_id != null ? state.data.users.find((u) => u.external_id === String(input.external_id)) : undefined);
    const user = existing ? updateUser(state, existing, input) : createUser(state, input);
    await state.save();
    res.status(existing ? 200 : 201).json({ user: json(req, user) });
  }));

  router.get('/users/:id', (req, res) => {
    const user = state.usersById.get(pathId(req.params.id));
    if (!user) return sendNotFound(res);
    res.json({ user: json(req, user) });
  });

  router.put('/users/:id', write(async (req, res) => {
    const user = state.usersById.get(pathId(req.params.id));
    if (!user) return sendNotFound(res);
    updateUser(state, user, userInput(req));
    await state.save();
    res.json({ user: json(req, user) });
  }));

  router.delete('/users/:id', write(async (req, res) => {
    const user = state.usersById.get(pathId(req.params.id));
    if (!user) return sendNotFound(res);
    deleteUser(state, user);
    await state.save();
    res.json({ user: json(req, user) });
  }));

  router.get(['/users/:id/identities.json', '/users/:id/identities'], (req, res) => {
    const id = pathId(req.params.id);
    if (!state.usersById.has(id)) return sendNotFound(res);
    const base = apiBase(req);
    sendList(req, res, 'identities', `${base}/users/${id}/identities.json`, identitiesOf(state, id), { idOf: (i) => i.id, toJson: (i) => identityJson(i, base) });
  });

  return router;
}

/** The anonymous user as Show the Currently Authenticated User returns it (https://developer.zendesk.com/api-reference/ticketing/users/users/#show-the-currently-authenticated-user). */
const ANONYMOUS_USER = {
  id: null,
  url: null,
  name: 'Anonymous user',
  email: 'invalid@example.com',
  created_at: null,
  updated_at: null,
  time_zone: 'Eastern Time (US & Canada)',
  phone: null,
  photo: null,
  locale: 'en-US',
  organization_id: null,
  role: 'end-user',
  verified: false,
};

function userInput(req: Request): UserInput {
  const body = req.body as { user?: unknown } | undefined;
  const user = body?.user;
  if (!user || typeof user !== 'object') throw new RecordInvalid({ user: [{ description: 'User: parameter is required', error: 'BlankValue' }] });
  return user as UserInput;
}
