import { Router } from 'express';
import { RecordInvalid, sendNotFound } from '../http/errors';
import { apiBase, firstQuery, pathId } from '../http/origin';
import { sendList } from '../http/pagination';
import { write } from '../http/write';
import type { ZendeskState } from '../model/state';
import type { Organization } from '../model/types';
import { createOrganization, organizationJson, type OrganizationInput } from './organizations';

export function organizationRoutes(state: ZendeskState): Router {
  const router = Router();

  router.get(['/organizations.json', '/organizations'], (req, res) => {
    const base = apiBase(req);
    sendList(req, res, 'organizations', `${base}/organizations.json`, state.data.organizations, {
      idOf: (o) => o.id,
      toJson: (o) => organizationJson(o, base),
    });
  });

  router.get(['/organizations/show_many.json', '/organizations/show_many'], (req, res) => {
    const ids = (firstQuery(req.query.ids) ?? '').split(',').map(Number);
    const found = ids.map((id) => state.organizationsById.get(id)).filter((o): o is Organization => Boolean(o));
    res.json({ organizations: found.map((o) => organizationJson(o, apiBase(req))), next_page: null, previous_page: null, count: found.length });
  });

  router.post(['/organizations.json', '/organizations'], write(async (req, res) => {
    const input = (req.body as { organization?: unknown } | undefined)?.organization;
    if (!input || typeof input !== 'object') {
      throw new RecordInvalid({ organization: [{ description: 'Organization: parameter is required', error: 'BlankValue' }] });
    }
    const organization = createOrganization(state, input as OrganizationInput);
    await state.save();
    res.status(201).json({ organization: organizationJson(organization, apiBase(req)) });
  }));

  router.get('/organizations/:id', (req, res) => {
    const organization = state.organizationsById.get(pathId(req.params.id));
    if (!organization) return sendNotFound(res);
    res.json({ organization: organizationJson(organization, apiBase(req)) });
  });

  return router;
}
