import { actionTypes } from '@servicenow/ui-core';
import { CARD } from '../actionTypes';
import { cardApis } from '../api/cardApis';
import type { ApiContext, HandlerContext } from '../state';
import { createFieldChanged, createOpened, createSaved, createTypeChanged } from './create';
import { linkToggled } from './link';
import { relatesToKeyed, relatesToToggled } from './listbox';
import { loadCard, refreshInteraction } from './load';
import { mergeConfirmed, mergeOpened, mergeQueryChanged, mergeSearched, mergeToggled } from './merge';
import { previewRequested, relatePicked, relationIconClicked } from './relate';
import { relatedExpandToggled, relatedRefreshed } from './related';

const reloadOn = new Set(['interactionId', 'sysId', 'table', 'ccApiUrl', 'ccToken']);

/** Hands a handler the card's clients: made at the bootstrap's load, then the same for every action. */
const withApis =
  <P>(handler: (context: ApiContext<P>) => unknown) =>
  (context: HandlerContext<P>) =>
    handler({ ...context, apis: cardApis(context.host, context.state.properties) });

/** Every action the card handles; state changes only here, through `updateState`. */
export const actionHandlers = {
  [actionTypes.COMPONENT_BOOTSTRAPPED]: ({ dispatch }: HandlerContext) => dispatch(CARD.LOAD_REQUESTED),
  [actionTypes.COMPONENT_PROPERTY_CHANGED]: ({ action, dispatch }: HandlerContext<{ name: string }>) => {
    if (reloadOn.has(action.payload.name)) dispatch(CARD.LOAD_REQUESTED);
    // The host bumps `interactionRevision` on each `interaction.updated` / `card.updated` event.
    else if (action.payload.name === 'interactionRevision') dispatch(CARD.INTERACTION_CHANGED);
  },
  [CARD.LOAD_REQUESTED]: withApis(loadCard),
  [CARD.INTERACTION_CHANGED]: withApis(refreshInteraction),
  [CARD.SECTION_TOGGLED]: ({ action, state, updateState }: HandlerContext<{ section: 'current' | 'related' }>) =>
    updateState({ sections: { ...state.sections, [action.payload.section]: !state.sections[action.payload.section] } }),
  [CARD.RELATES_TO_TOGGLED]: relatesToToggled,
  [CARD.RELATES_TO_KEYED]: relatesToKeyed,
  [CARD.RELATE_PICKED]: withApis(relatePicked),
  [CARD.RELATION_ICON_CLICKED]: withApis(relationIconClicked),
  [CARD.PREVIEW_REQUESTED]: withApis(previewRequested),
  [CARD.PREVIEW_CLOSED]: ({ updateState }: HandlerContext) => updateState({ preview: null }),
  [CARD.LINK_TOGGLED]: withApis(linkToggled),
  [CARD.RELATED_REFRESHED]: withApis(relatedRefreshed),
  [CARD.RELATED_EXPAND_TOGGLED]: withApis(relatedExpandToggled),
  [CARD.CREATE_OPENED]: createOpened,
  [CARD.CREATE_TYPE_CHANGED]: createTypeChanged,
  [CARD.CREATE_FIELD_CHANGED]: createFieldChanged,
  [CARD.CREATE_SAVED]: withApis(createSaved),
  [CARD.CREATE_CLOSED]: ({ updateState }: HandlerContext) => updateState({ create: null }),
  [CARD.MERGE_OPENED]: withApis(mergeOpened),
  [CARD.MERGE_QUERY_CHANGED]: mergeQueryChanged,
  [CARD.MERGE_SEARCHED]: withApis(mergeSearched),
  [CARD.MERGE_TOGGLED]: mergeToggled,
  [CARD.MERGE_CONFIRMED]: withApis(mergeConfirmed),
  [CARD.MERGE_CLOSED]: ({ updateState }: HandlerContext) => updateState({ merge: null }),
};
