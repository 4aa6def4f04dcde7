import { noServiceNowRelations } from '../../../../shared/relating/servicenowRelation';
import { createCaseApi } from '../api/caseApi';
import { createCcApi } from '../api/ccApi';
import type { HandlerContext } from '../state';
import { errorText } from './messages';
import { relatableFor, relationsOfCase } from './relatable';
import { relatedEntries } from './related';

/** Loads the interaction, the admin's feature switches, the case's relations and the links. */
export async function loadCard({ state, updateState }: HandlerContext) {
  const { interactionId, table, sysId, ccApiUrl } = state.properties;
  if (!interactionId) return updateState({ status: 'idle', interaction: null });
  updateState({ status: 'loading', loadError: null });
  const cc = createCcApi(ccApiUrl);
  const sn = createCaseApi();
  try {
    const [interaction, config, fields] = await Promise.all([cc.interaction(interactionId), cc.config(), sysId ? sn.relationFields(table, sysId) : null]);
    // Who is calling shows at once; the controls stay disabled (busy) until relations and links are in.
    updateState({ interaction, config, busy: true });
    const relations = fields ? relationsOfCase(fields) : noServiceNowRelations();
    const [relatable, links, card] = await Promise.all([
      relatableFor(interaction, sn, relations.related.map((r) => r.record)),
      config.features.link.enabled ? cc.links(interactionId) : [],
      interaction.cardId ? cc.card(interaction.cardId).catch(() => null) : null,
    ]);
    // The contact shows first; *Related interactions* (§5.1) follows when ServiceNow has answered.
    updateState({ status: 'ready', busy: false, interaction, config, relations, relatable, links, card, related: [] });
    if (config.features.related.enabled) {
      const related = await relatedEntries({ interaction, config, card, created: state.created }, sn).catch(() => []);
      updateState({ related });
    }
  } catch (error) {
    updateState({ status: 'failed', busy: false, loadError: errorText(error) });
  }
}

/** An interaction update (a record visited, a message) refreshes the list without touching relations. */
export async function refreshInteraction({ state, updateState }: HandlerContext) {
  const { interactionId, ccApiUrl } = state.properties;
  if (!interactionId || state.status !== 'ready') return;
  const cc = createCcApi(ccApiUrl);
  try {
    const interaction = await cc.interaction(interactionId);
    const [links, relatable, card] = await Promise.all([
      state.config?.features.link.enabled ? cc.links(interactionId) : [],
      relatableFor(interaction, createCaseApi(), state.relations.related.map((r) => r.record)),
      // A merge (`card.updated`) may have moved the interaction to another card.
      interaction.cardId ? cc.card(interaction.cardId).catch(() => state.card) : state.card,
    ]);
    updateState({ interaction, links, relatable, card });
  } catch (error) {
    updateState({ linkError: errorText(error) });
  }
}
