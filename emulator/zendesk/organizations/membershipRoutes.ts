import { Router, type Request, type Response } from 'express';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { OrganizationMembership } from '../model/types';
import { addMembership, dropMemberships, membershipJson, setDefault } from './memberships';

/** Organization Memberships (https://developer.zendesk.com/api-reference/ticketing/organizations/organization_memberships/). */
export function membershipRoutes(state: ZendeskState): Router {
  const router = Router();
  const list = (req: Request, res: Response, path: string, items: OrganizationMembership[]) => {
    const base = apiBase(req);
    sendList(req, res, 'organization_memberships', `${base}${path}`, items, { idOf: (m) => m.id, toJson: (m) => membershipJson(state, m, base) });
  };
  const find = (id: number, userId?: number) =>
    state.data.organizationMemberships.find((m) => m.id === id && (userId === undefined || m.user_id === userId));

  router.get(['/organization_memberships.json', '/organization_memberships'], (req, res) =>
    list(req, res, '/organization_memberships.json', state.data.organizationMemberships));

  for (const [owner, key, exists] of [
    ['users', 'user_id', (id: number) => state.usersById.has(id)],
    ['organizations', 'organization_id', (id: number) => state.organizationsById.has(id)],
  ] as const) {
    router.get([`/${owner}/:id/organization_memberships.json`, `/${owner}/:id/organization_memberships`], (req, res) => {
      const id = pathId(req.params.id);
      if (!exists(id)) return sendNotFound(res);
      list(req, res, `/${owner}/${id}/organization_memberships.json`, state.data.organizationMemberships.filter((m) => m[key] === id));
    });
  }

  const create = (userFromPath: boolean) => write(async (req, res) => {
    const input = (req.body as { organization_membership?: { user_id?: unknown; organization_id?: unknown; default?: unknown } } | undefined)?.organization_membership;
    if (!input || typeof input !== 'object') {
      throw new RecordInvalid({ organization_membership: [{ description: 'Organization membership: parameter is required', error: 'BlankValue' }] });
    }
    const userId = userFromPath ? pathId(req.params.id) : Number(input.user_id);
    if (userFromPath && !state.usersById.has(userId)) return sendNotFound(res);
    const membership = addMembership(state, userId, Number(input.organization_id), input.default === true);
    await state.save();
    res.status(201).json({ organization_membership: membershipJson(state, membership, apiBase(req)) });
  });
  router.post(['/organization_memberships.json', '/organization_memberships'], create(false));
  router.post(['/users/:id/organization_memberships.json', '/users/:id/organization_memberships'], create(true));

  router.get('/organization_memberships/:id', (req, res) => {
    const membership = find(pathId(req.params.id));
    if (!membership) return sendNotFound(res);
    res.json({ organization_membership: membershipJson(state, membership, apiBase(req)) });
  });
  router.get('/users/:userId/organization_memberships/:id', (req, res) => {
    const membership = find(pathId(req.params.id), pathId(req.params.userId));
    if (!membership) return sendNotFound(res);
    res.json({ organization_membership: membershipJson(state, membership, apiBase(req)) });
  });

  /** Set Membership as Default answers the user's memberships. */
  router.put(['/users/:userId/organization_memberships/:id/make_default.json', '/users/:userId/organization_memberships/:id/make_default'], write(async (req, res) => {
    const user = state.usersById.get(pathId(req.params.userId));
    const membership = user && find(pathId(req.params.id), user.id);
    if (!user || !membership) return sendNotFound(res);
    setDefault(state, user, membership);
    await state.save();
    const base = apiBase(req);
    res.json({ organization_memberships: state.data.organizationMemberships.filter((m) => m.user_id === user.id).map((m) => membershipJson(state, m, base)) });
  }));

  /** Delete Membership answers 204 No Content. */
  const remove = (withUser: boolean) => write(async (req, res) => {
    const membership = find(pathId(req.params.id), withUser ? pathId(req.params.userId) : undefined);
    if (!membership) return sendNotFound(res);
    dropMemberships(state, (m) => m.id === membership.id);
    await state.save();
    res.status(204).end();
  });
  router.delete('/organization_memberships/:id', remove(false));
  router.delete('/users/:userId/organization_memberships/:id', remove(true));

  return router;
}
