import { actionTypes } from '@servicenow/ui-core';
import { CARD } from '../actionTypes';
import type { HandlerContext } from '../state';
import { createFieldChanged, createOpened, createSaved, createTypeChanged } from './create';
import { linkToggled } from './link';
import { relatesToKeyed, relatesToToggled } from './listbox';
import { loadCard, refreshInteraction } from './load';
import { mergeConfirmed, mergeOpened, mergeQueryChanged, mergeSearched, mergeToggled } from './merge';
import { previewRequested, relatePicked, relationIconClicked } from './relate';
import { relatedExpandToggled, relatedRefreshed } from './related';

const reloadOn = new Set(['interactionId', 'sysId', 'table', 'ccApiUrl']);

/** Every action the card handles; state changes only here, through `updateState`. */
export const actionHandlers = {
  [actionTypes.COMPONENT_BOOTSTRAPPED]: ({ dispatch }: HandlerContext) => dispatch(CARD.LOAD_REQUESTED),
  [actionTypes.COMPONENT_PROPERTY_CHANGED]: ({ action, dispatch }: HandlerContext<{ name: string }>) => {
    if (reloadOn.has(action.payload.name)) dispatch(CARD.LOAD_REQUESTED);
    // The host bumps `interactionRevision` on each `interaction.updated` / `card.updated` event.
    else if (action.payload.name === 'interactionRevision') dispatch(CARD.INTERACTION_CHANGED);
  },
  [CARD.LOAD_REQUESTED]: loadCard,
  [CARD.INTERACTION_CHANGED]: refreshInteraction,
  [CARD.SECTION_TOGGLED]: ({ action, state, updateState }: HandlerContext<{ section: 'current' | 'related' }>) =>
    updateState({ sections: { ...state.sections, [action.payload.section]: !state.sections[action.payload.section] } }),
  [CARD.RELATES_TO_TOGGLED]: relatesToToggled,
  [CARD.RELATES_TO_KEYED]: relatesToKeyed,
  [CARD.RELATE_PICKED]: relatePicked,
  [CARD.RELATION_ICON_CLICKED]: relationIconClicked,
  [CARD.PREVIEW_REQUESTED]: previewRequested,
  [CARD.PREVIEW_CLOSED]: ({ updateState }: HandlerContext) => updateState({ preview: null }),
  [CARD.LINK_TOGGLED]: linkToggled,
  [CARD.RELATED_REFRESHED]: relatedRefreshed,
  [CARD.RELATED_EXPAND_TOGGLED]: relatedExpandToggled,
  [CARD.CREATE_OPENED]: createOpened,
  [CARD.CREATE_TYPE_CHANGED]: createTypeChanged,
  [CARD.CREATE_FIELD_CHANGED]: createFieldChanged,
  [CARD.CREATE_SAVED]: createSaved,
  [CARD.CREATE_CLOSED]: ({ updateState }: HandlerContext) => updateState({ create: null }),
  [CARD.MERGE_OPENED]: mergeOpened,
  [CARD.MERGE_QUERY_CHANGED]: mergeQueryChanged,
  [CARD.MERGE_SEARCHED]: mergeSearched,
  [CARD.MERGE_TOGGLED]: mergeToggled,
  [CARD.MERGE_CONFIRMED]: mergeConfirmed,
  [CARD.MERGE_CLOSED]: ({ updateState }: HandlerContext) => updateState({ merge: null }),
};
