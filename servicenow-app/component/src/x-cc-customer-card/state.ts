import type { z } from 'zod';
import type { cardSchema, duplicateCandidate } from '../../../../shared/contract/cards';
import type { CcClient } from '../../../../shared/contract/client';
import type { ccContract } from '../../../../shared/contract/contract';
import type { interactionSchema } from '../../../../shared/contract/interactionSchema';
import type { linkSchema } from '../../../../shared/contract/links';
import type { RouteResponse } from '../../../../shared/contract/route';
import type { RelatedGroup } from '../../../../shared/related/orderRelated';
import type { ServiceNowRelations } from '../../../../shared/relating/servicenowRelation';
import type { CrmRecord } from '../../../../shared/vocabulary/crmRecord';
import type { Link } from '../../../../shared/vocabulary/link';
import type { CaseApi } from './api/caseApi';

/** What the card reads from `/cc/v1`, typed by the contract (ARCHITECTURE rule 10). */
export type CcInteraction = z.output<typeof interactionSchema>;
export type CcCard = z.output<typeof cardSchema>;
export type CcLink = z.output<typeof linkSchema>;
export type CcConfig = RouteResponse<typeof ccContract.getConfig>['config'];
/** A card offered for merging, with why it is probably the same contact (§6.2). */
export type MergeCandidate = z.output<typeof duplicateCandidate>;

/** The component's properties (declared for UI Builder in now-ui.json). */
export interface CardProperties {
  interactionId: string;
  table: string;
  sysId: string;
  ccApiUrl: string;
  /** Bearer token for the service where cookies are blocked; empty to use the session cookie. */
  ccToken: string;
  interactionRevision: number;
}

/** Records listed under *Related interactions* (§5), with their on-demand children (§5.2). */
export interface RelatedEntry {
  record: CrmRecord;
  group: RelatedGroup;
  expanded: boolean;
  children: { label: string; records: CrmRecord[] }[] | null;
}

export interface CardState {
  properties: CardProperties;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  interaction: CcInteraction | null;
  card: CcCard | null;
  config: CcConfig | null;
  /** Records the agent may relate to the case (§3.2), newest first, with their display names. */
  relatable: CrmRecord[];
  relations: ServiceNowRelations;
  links: Link[];
  related: RelatedEntry[];
  sections: { current: boolean; related: boolean };
  listbox: { open: boolean; active: number };
  busy: boolean;
  /** ServiceNow's or the service's messages, each shown next to the control that caused it. */
  relateError: string | null;
  linkError: string | null;
  relatedError: string | null;
  preview: CrmRecord | null;
  /** Records the agent created during this interaction (§4.1), oldest first. */
  created: CrmRecord[];
  create: CreateForm | null;
  merge: MergeDialog | null;
  /** The last merge's success message (§6.3). */
  mergeMessage: string | null;
}

/** §4: the create pop-up; `values` holds everything the agent typed, kept across errors (§4.2). */
export interface CreateForm {
  object: string;
  values: Record<string, string>;
  /** Field name -> ServiceNow's message about it. */
  fieldErrors: Record<string, string>;
  error: string | null;
  saving: boolean;
}

/** §6: the merge dialog: ranked duplicates, a search over all cards, the agent's selection. */
export interface MergeDialog {
  duplicates: MergeCandidate[];
  query: string;
  results: CcCard[] | null;
  selected: string[];
  error: string | null;
  busy: boolean;
}

export const initialState = {
  status: 'idle',
  loadError: null,
  interaction: null,
  card: null,
  config: null,
  relatable: [],
  relations: { related: [] },
  links: [],
  related: [],
  sections: { current: true, related: true },
  listbox: { open: false, active: 0 },
  busy: false,
  relateError: null,
  linkError: null,
  relatedError: null,
  preview: null,
  created: [],
  create: null,
  merge: null,
  mergeMessage: null,
} satisfies Omit<CardState, 'properties'>;

/** ui-core's helpers given to every action handler. */
export interface HandlerContext<P = unknown> {
  action: { type: string; payload: P };
  state: CardState;
  /** The card's element (ui-core's `host` coeffect). */
  host: Element;
  updateState(patch: Partial<CardState>): void;
  dispatch(type: string, payload?: unknown): void;
}

/** The card's clients, made once per card (`api/cardApis.ts`). */
export interface CardApis {
  cc: CcClient;
  sn: CaseApi;
}

/** A handler that talks to the contact center or ServiceNow gets the card's clients injected. */
export interface ApiContext<P = unknown> extends HandlerContext<P> {
  apis: CardApis;
}
