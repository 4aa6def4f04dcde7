import { Router, type Request } from 'express';
import { currentUser } from '../http/auth';
import type { ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { createUser, deleteUser, updateUser, type UserInput } from '../users/users';
import { idsParam, itemResult, notFound, startBulk } from './bulk';
import type { Jobs } from './jobs';

/**
 * Bulk user endpoints (https://developer.zendesk.com/api-reference/ticketing/users/users/#create-many-users):
 * each answers a queued job status whose results name every user it touched.
 */
export function userBulkRoutes(state: ZendeskState, jobs: Jobs): Router {
  const router = Router();
  const list = (req: Request) => {
    const users = (req.body as { users?: unknown } | undefined)?.users;
    return Array.isArray(users) ? (users as UserInput[]) : undefined;
  };
  const byExternalId = (id: string) => state.data.users.find((u) => u.external_id === id);
  const findExisting = (input: UserInput): User | undefined => {
    if (input && (input as { id?: unknown }).id != null) return state.usersById.get(Number((input as { id?: unknown }).id));
    const email = typeof input?.email === 'string' ? state.usersByEmail.get(input.email.toLowerCase()) : undefined;
    return email ?? (input?.external_id != null ? byExternalId(String(input.external_id)) : undefined);
  };

  router.post(['/users/create_many.json', '/users/create_many'], (req, res) => {
    startBulk(req, res, state, jobs, 'bulk_create_users', list(req), (input, index) =>
      itemResult({ index }, () => {
        const user = createUser(state, input ?? {});
        return { id: user.id, status: 'Created', email: user.email };
      }));
  });

  router.post(['/users/create_or_update_many.json', '/users/create_or_update_many'], (req, res) => {
    startBulk(req, res, state, jobs, 'bulk_create_or_update_users', list(req), (input, index) =>
      itemResult({ index }, () => {
        const existing = findExisting(input);
        const user = existing ? updateUser(state, existing, input) : createUser(state, input ?? {});
        return { id: user.id, status: existing ? 'Updated' : 'Created', email: user.email };
      }));
  });

  /** The same change for `?ids=`/`?external_ids=` users, or one change per `{users: [{id, ...}]}` item. */
  router.put(['/users/update_many.json', '/users/update_many'], (req, res) => {
    const selector = idsParam(req);
    const same = (req.body as { user?: UserInput } | undefined)?.user;
    const items: { user: User | undefined; input: UserInput; ref: Record<string, unknown> }[] | undefined = selector && same
      ? 'ids' in selector
        ? selector.ids.map((id) => ({ user: state.usersById.get(id), input: same, ref: { id } }))
        : selector.externalIds.map((externalId) => ({ user: byExternalId(externalId), input: same, ref: { external_id: externalId } }))
      : list(req)?.map((input) => ({ user: findExisting(input), input, ref: { id: (input as { id?: unknown })?.id ?? null } }));
    startBulk(req, res, state, jobs, 'bulk_update_users', items, ({ user, input, ref }) => {
      const base = { ...ref, action: 'update' };
      if (!user) return notFound(base);
      return itemResult({ ...base, id: user.id }, () => {
        const { id: _id, ...fields } = input as UserInput & { id?: unknown };
        updateUser(state, user, fields);
        return { success: true, status: 'Updated' };
      });
    });
  });

  router.delete(['/users/destroy_many.json', '/users/destroy_many'], (req, res) => {
    const selector = idsParam(req);
    const targets = selector && ('ids' in selector
      ? selector.ids.map((id) => ({ id, user: state.usersById.get(id) }))
      : selector.externalIds.map((externalId) => ({ id: byExternalId(externalId)?.id ?? null, user: byExternalId(externalId) })));
    const actor = currentUser(req);
    startBulk(req, res, state, jobs, 'bulk_delete_users', targets, ({ id, user }) => {
      const base = { id, action: 'delete' };
      if (!user || user.id === actor.id) return notFound(base);
      deleteUser(state, user);
      return { ...base, success: true, status: 'Deleted' };
    });
  });

  return router;
}
