import type { FeatureSwitches } from '../../../shared/config/requireFeature';
import type { DuplicateReason } from '../../../shared/cards/duplicates';
import type { RelatedGroup } from '../../../shared/related/orderRelated';
import type { ServiceNowRelations } from '../../../shared/relating/servicenowRelation';
import type { CustomerCard } from '../../../shared/vocabulary/card';
import type { Channel } from '../../../shared/vocabulary/channel';
import type { CrmRecord, CrmRecordRef } from '../../../shared/vocabulary/crmRecord';
import type { Link } from '../../../shared/vocabulary/link';

/** What the card reads of a contact-center interaction (`GET /cc/v1/interactions/{id}`). */
export interface CcInteraction {
  id: string;
  channel: Channel;
  state: string;
  from: string;
  subject?: string;
  cardId?: string;
  startedAt: string;
  ivr?: { outcome: string; matches: (CrmRecordRef & { name: string })[]; greeting: string };
  routing?: { queue: string; skills: string[] };
  visited: CrmRecordRef[];
  /** Digital interactions: the conversation so far (§1.2). */
  messages?: { from: string; text: string; at: string; direction: 'inbound' | 'outbound' }[];
}

/** The component's properties (declared for UI Builder in now-ui.json). */
export interface CardProperties {
  interactionId: string;
  table: string;
  sysId: string;
  ccApiUrl: string;
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
  card: CustomerCard | null;
  config: FeatureSwitches | null;
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

/** A card offered for merging, with why it is probably the same contact (§6.2). */
export interface MergeCandidate {
  card: CustomerCard;
  score?: number;
  reasons: DuplicateReason[];
}

/** §6: the merge dialog: ranked duplicates, a search over all cards, the agent's selection. */
export interface MergeDialog {
  duplicates: MergeCandidate[];
  query: string;
  results: CustomerCard[] | null;
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
  updateState(patch: Partial<CardState>): void;
  dispatch(type: string, payload?: unknown): void;
}
