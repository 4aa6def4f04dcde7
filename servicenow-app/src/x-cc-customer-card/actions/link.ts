import { isActiveLink } from '../../../../shared/links/activeLink';
import { linkRecord } from '../../../../shared/links/link';
import { sameRecord, type CrmRecord } from '../../../../shared/vocabulary/crmRecord';
import { interactionId as toInteractionId } from '../../../../shared/vocabulary/ids';
import { createCcApi } from '../api/ccApi';
import type { HandlerContext } from '../state';
import { errorText, refusalText } from './messages';

/** §2.1: link the record to the interaction, or unlink it when it is linked already. */
export async function linkToggled({ action, state, updateState }: HandlerContext<{ record: CrmRecord }>) {
  const { interactionId, ccApiUrl } = state.properties;
  const { record } = action.payload;
  if (!state.config || !interactionId) return;
  const decision = linkRecord(state.links, toInteractionId(interactionId), record, new Date().toISOString(), state.config);
  if ('refused' in decision && decision.refused !== 'already-linked') return updateState({ linkError: refusalText(decision) });
  const cc = createCcApi(ccApiUrl);
  updateState({ busy: true, linkError: null });
  try {
    if ('link' in decision) {
      await cc.link(interactionId, record);
    } else {
      const active = state.links.filter((l) => sameRecord(l.record, record) && isActiveLink(l));
      await Promise.all(active.map((l) => cc.unlink(interactionId, l.id)));
    }
    updateState({ busy: false, links: await cc.links(interactionId) });
  } catch (error) {
    updateState({ busy: false, linkError: errorText(error) });
  }
}
