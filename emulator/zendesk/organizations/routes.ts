import { Router, type Request } from 'express';
import { RecordInvalid, sendError, sendNotFound } from '../http/errors';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import { isoTime, type ZendeskState } from '../model/state';
import type { Organization } from '../model/types';
import { fold } from '../search/parseQuery';
import { userJson } from '../users/users';
import { createOrganization, deleteOrganization, organizationJson, updateOrganization, type OrganizationInput } from './organizations';

/** Organizations (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/). */
export function organizationRoutes(state: ZendeskState): Router {
  const router = Router();
  const list = (req: Request, res: Parameters<typeof sendList>[1], path: string, items: Organization[]) => {
    const base = apiBase(req);
    sendList(req, res, 'organizations', `${base}${path}`, items, { idOf: (o) => o.id, toJson: (o) => organizationJson(o, base) });
  };

  router.get(['/organizations.json', '/organizations'], (req, res) => list(req, res, '/organizations.json', state.data.organizations));

  /** Count Organizations (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/#count-organizations). */
  router.get(['/organizations/count.json', '/organizations/count'], (_req, res) => {
    res.json({ count: { value: state.data.organizations.length, refreshed_at: isoTime(state.now()) } });
  });

  /** Show Many Organizations by `ids` or `external_ids`, comma-separated. */
  router.get(['/organizations/show_many.json', '/organizations/show_many'], (req, res) => {
    const ids = (firstQuery(req.query.ids) ?? '').split(',').filter(Boolean).map(Number);
    const externalIds = (firstQuery(req.query.external_ids) ?? '').split(',').filter(Boolean);
    const found = ids.length
      ? ids.map((id) => state.organizationsById.get(id)).filter((o): o is Organization => Boolean(o))
      : state.data.organizations.filter((o) => o.external_id !== null && externalIds.includes(o.external_id));
    res.json({ organizations: found.map((o) => organizationJson(o, apiBase(req))), next_page: null, previous_page: null, count: found.length });
  });

  /** Search Organizations by `external_id` or exact `name`, one of them required. */
  router.get(['/organizations/search.json', '/organizations/search'], (req, res) => {
    const externalId = firstQuery(req.query.external_id);
    const name = firstQuery(req.query.name);
    if (externalId === undefined && name === undefined) return sendError(res, 400, 'InvalidParameter', 'external_id or name is required');
    const found = state.data.organizations.filter((o) =>
      externalId !== undefined ? o.external_id === externalId : o.name.toLowerCase() === name!.toLowerCase());
    list(req, res, '/organizations/search.json', found);
  });

  /** Autocomplete Organizations: names starting with at least two given characters. */
  router.get(['/organizations/autocomplete.json', '/organizations/autocomplete'], (req, res) => {
    const name = fold(firstQuery(req.query.name) ?? '');
    if (name.length < 2) return sendError(res, 400, 'InvalidParameter', 'name must be at least 2 characters');
    list(req, res, '/organizations/autocomplete.json', state.data.organizations.filter((o) => fold(o.name).startsWith(name)));
  });

  router.post(['/organizations.json', '/organizations'], write(async (req, res) => {
    const organization = createOrganization(state, organizationInput(req));
    await state.save();
    res.status(201).json({ organization: organizationJson(organization, apiBase(req)) });
  }));

  router.get(['/organizations/:id/users.json', '/organizations/:id/users'], (req, res) => {
    const id = pathId(req.params.id);
    if (!state.organizationsById.has(id)) return sendNotFound(res);
    const base = apiBase(req);
    const members = new Set(state.data.organizationMemberships.filter((m) => m.organization_id === id).map((m) => m.user_id));
    const users = state.data.users.filter((u) => members.has(u.id));
    sendList(req, res, 'users', `${base}/organizations/${id}/users.json`, users, { idOf: (u) => u.id, toJson: (u) => userJson(u, base) });
  });

  router.get(['/users/:id/organizations.json', '/users/:id/organizations'], (req, res) => {
    const id = pathId(req.params.id);
    if (!state.usersById.has(id)) return sendNotFound(res);
    const ids = new Set(state.data.organizationMemberships.filter((m) => m.user_id === id).map((m) => m.organization_id));
    list(req, res, `/users/${id}/organizations.json`, state.data.organizations.filter((o) => ids.has(o.id)));
  });

  router.get('/organizations/:id', (req, res) => {
    const organization = state.organizationsById.get(pathId(req.params.id));
    if (!organization) return sendNotFound(res);
    res.json({ organization: organizationJson(organization, apiBase(req)) });
  });

  router.put('/organizations/:id', write(async (req, res) => {
    const organization = state.organizationsById.get(pathId(req.params.id));
    if (!organization) return sendNotFound(res);
    updateOrganization(state, organization, organizationInput(req));
    await state.save();
    res.json({ organization: organizationJson(organization, apiBase(req)) });
  }));

  /** Delete Organization answers 204 No Content. */
  router.delete('/organizations/:id', write(async (req, res) => {
    const organization = state.organizationsById.get(pathId(req.params.id));
    if (!organization) return sendNotFound(res);
    deleteOrganization(state, organization);
    await state.save();
    res.status(204).end();
  }));

  return router;
}

function organizationInput(req: Request): OrganizationInput {
  const input = (req.body as { organization?: unknown } | undefined)?.organization;
  if (!input || typeof input !== 'object') {
    throw new RecordInvalid({ organization: [{ description: 'Organization: parameter is required', error: 'BlankValue' }] });
  }
  return input as OrganizationInput;
}
