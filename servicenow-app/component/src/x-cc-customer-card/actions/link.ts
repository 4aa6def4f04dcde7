import { isActiveLink } from '../../../../../shared/links/activeLink';
import { linkRecord } from '../../../../../shared/links/link';
import { sameRecord, type CrmRecord } from '../../../../../shared/vocabulary/crmRecord';
import { interactionId as toInteractionId } from '../../../../../shared/vocabulary/ids';
import { domainLinks } from '../api/cardApis';
import type { ApiContext } from '../state';
import { errorText, refusalText } from './messages';

/** §2.1: link the record to the interaction, or unlink it when it is linked already. */
export async function linkToggled({ action, state, updateState, apis: { cc } }: ApiContext<{ record: CrmRecord }>) {
  const { interactionId } = state.properties;
  const { record } = action.payload;
  if (!state.config || !interactionId) return;
  const decision = linkRecord(state.links, toInteractionId(interactionId), record, new Date().toISOString(), state.config);
  if ('refused' in decision && decision.refused !== 'already-linked') return updateState({ linkError: refusalText(decision) });
  const params = { id: interactionId };
  updateState({ busy: true, linkError: null });
  try {
    if ('link' in decision) {
      await cc.call('createLink', { params, body: { crm: record.crm, object: record.object, id: record.id } });
    } else {
      const active = state.links.filter((l) => sameRecord(l.record, record) && isActiveLink(l));
      await Promise.all(active.map((l) => cc.call('deleteLink', { params: { ...params, linkId: l.id } })));
    }
    updateState({ busy: false, links: domainLinks((await cc.call('listLinks', { params })).links) });
  } catch (error) {
    updateState({ busy: false, linkError: errorText(error) });
  }
}
