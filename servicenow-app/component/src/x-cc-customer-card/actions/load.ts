import { noServiceNowRelations } from '../../../../../shared/relating/servicenowRelation';
import { domainLinks } from '../api/cardApis';
import type { ApiContext, CardApis } from '../state';
import { errorText } from './messages';
import { relatableFor, relationsOfCase } from './relatable';
import { relatedEntries } from './related';

/** The interaction's links as the domain types them. */
const linksOf = async ({ cc }: CardApis, id: string) => domainLinks((await cc.call('listLinks', { params: { id } })).links);

/** The interaction's card, or `fallback` when it has none or the service cannot give it. */
const cardOf = async ({ cc }: CardApis, cardId: string | undefined, fallback: ApiContext['state']['card']) =>
  cardId ? (await cc.call('getCard', { params: { id: cardId } }).catch(() => null))?.card ?? fallback : fallback;

/** Loads the interaction, the admin's feature switches, the case's relations and the links. */
export async function loadCard({ state, updateState, apis }: ApiContext) {
  const { interactionId, table, sysId } = state.properties;
  if (!interactionId) return updateState({ status: 'idle', interaction: null });
  updateState({ status: 'loading', loadError: null });
  const { cc, sn } = apis;
  try {
    const interactionArrives = cc.call('getInteraction', { params: { id: interactionId } });
    // Who is calling shows as soon as the interaction is in, not after the slowest of the three
    // first requests; the controls stay disabled (busy) until relations and links are in.
    interactionArrives.then(({ interaction }) => updateState({ interaction, busy: true }), () => null);
    const [{ interaction }, { config }, fields] = await Promise.all([interactionArrives, cc.call('getConfig'), sysId ? sn.relationFields(table, sysId) : null]);
    updateState({ interaction, config, busy: true });
    const relations = fields ? relationsOfCase(fields) : noServiceNowRelations();
    const [relatable, links, card] = await Promise.all([
      relatableFor(interaction, sn, relations.related.map((r) => r.record)),
      config.features.link.enabled ? linksOf(apis, interactionId) : [],
      cardOf(apis, interaction.cardId, null),
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
export async function refreshInteraction({ state, updateState, apis }: ApiContext) {
  const { interactionId } = state.properties;
  if (!interactionId || state.status !== 'ready') return;
  try {
    const { interaction } = await apis.cc.call('getInteraction', { params: { id: interactionId } });
    const [links, relatable, card] = await Promise.all([
      state.config?.features.link.enabled ? linksOf(apis, interactionId) : [],
      relatableFor(interaction, apis.sn, state.relations.related.map((r) => r.record)),
      // A merge (`card.updated`) may have moved the interaction to another card.
      cardOf(apis, interaction.cardId, state.card),
    ]);
    updateState({ interaction, links, relatable, card });
  } catch (error) {
    updateState({ linkError: errorText(error) });
  }
}
