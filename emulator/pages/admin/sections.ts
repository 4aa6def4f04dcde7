import { CRMS, FEATURES, MASK, type Config } from '../../../shared';
import type { FieldSpec } from './sectionForm';

/** What the section pages offer to choose from: the configuration's facts and the contact center's queues. */
export interface SectionContext {
  config: Config;
  queues: readonly string[];
}

export interface SectionSpec {
  title: string;
  intro: string;
  fields: (context: SectionContext) => FieldSpec[];
}

const perCrm = (base: string[], label: string, help?: string): FieldSpec[] =>
  CRMS.map((crm) => ({ path: [...base, crm], label: `${label}: ${crm}`, kind: 'json' as const, ...(help ? { help } : {}) }));

/** The console's form pages, each over a few values of the configuration. */
export const SECTIONS = {
  connections: {
    title: 'Connections',
    intro: 'The CRMs the contact center reads and writes. Secrets are shown masked; leave ******** to keep the stored one.',
    fields: () => perCrm(['connections'], 'Connection', 'null: not connected (with no connection at all, the local emulated CRMs are used).'),
  },
  lookup: {
    title: 'Lookup plan',
    intro: 'How the IVR finds the caller in each CRM: per identifier, the objects searched, the fields compared and the fields returned.',
    fields: ({ config }) => [
      { path: ['ivr', 'company'], label: 'Company name in the greeting', kind: 'text' },
      { path: ['ivr', 'defaultLanguage'], label: 'Default greeting language', kind: 'text', help: 'A two-letter code such as en.' },
      { path: ['ivr', 'greeting', 'nameFact'], label: 'Greeting addresses the caller by the fact', kind: 'select', options: Object.keys(config.facts) },
      { path: ['ivr', 'greeting', 'languageFact'], label: 'Greeting speaks the language of the fact', kind: 'select', options: Object.keys(config.facts) },
      { path: ['ivr', 'budgetMs'], label: 'Time budget of each CRM (ms)', kind: 'number', help: 'A CRM that answers later is skipped and named.' },
      ...perCrm(['ivr', 'lookup'], 'Lookup steps'),
    ],
  },
  facts: {
    title: 'Customer facts',
    intro: 'Named facts (tier, language, nps, ...) and where each CRM keeps them; the first filled field wins. ServiceNow dot-walks (account.u_tier) and Salesforce parent fields (Account.Tier__c) work.',
    fields: () => [{ path: ['facts'], label: 'Facts', kind: 'json' }],
  },
  routing: {
    title: 'Routing rules',
    intro: 'Rules in order: the first firing rule that names a queue chooses it; skills gather from every firing rule (at most 5). Conditions test facts: {"fact": "tier", "op": "eq", "value": "Gold"}.',
    fields: ({ queues }) => [
      { path: ['routing', 'defaultQueue'], label: 'Default queue', kind: 'select', options: queues },
      { path: ['routing', 'rules'], label: 'Rules, in order', kind: 'json' },
    ],
  },
  'screen-pop': {
    title: 'Screen pop',
    intro: 'What answering opens, per channel.',
    fields: () => [{ path: ['screenPop'], label: 'Screen-pop rules per channel', kind: 'json' }],
  },
  display: {
    title: 'Display',
    intro: "Which facts the agent's alert and the card show, in order (their labels are the facts' labels).",
    fields: ({ config }) => [
      { path: ['display', 'alert'], label: 'Facts on the alert', kind: 'list', help: `Comma separated, from: ${Object.keys(config.facts).join(', ')}` },
      { path: ['display', 'card'], label: 'Facts on the card', kind: 'list', help: `Comma separated, from: ${Object.keys(config.facts).join(', ')}` },
    ],
  },
  'wrap-up': {
    title: 'Wrap-up',
    intro: 'After-call work: its longest time and the disposition codes agents pick from.',
    fields: () => [
      { path: ['wrapUp', 'maxSeconds'], label: 'Maximum after-call work (seconds)', kind: 'number' },
      { path: ['wrapUp', 'required'], label: 'A disposition is required', kind: 'checkbox' },
      { path: ['wrapUp', 'dispositions'], label: 'Dispositions', kind: 'json', help: '[{"code": "resolved", "label": "Resolved"}, ...]' },
    ],
  },
  features: {
    title: 'Feature switches',
    intro: 'Each feature of the product on or off (§1.3).',
    fields: () => FEATURES.map((feature) => ({ path: ['features', feature, 'enabled'], label: feature, kind: 'checkbox' as const })),
  },
} satisfies Record<string, SectionSpec>;

export type SectionKey = keyof typeof SECTIONS;
export const isSection = (key: string): key is SectionKey => Object.hasOwn(SECTIONS, key);

/** Secrets come back as the mask the form showed: the stored value is kept for them. */
export function keepMaskedSecrets(value: unknown, stored: unknown): unknown {
  if (value === MASK) return stored;
  if (Array.isArray(value)) return value.map((v, i) => keepMaskedSecrets(v, Array.isArray(stored) ? stored[i] : undefined));
  if (!value || typeof value !== 'object') return value;
  const old = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepMaskedSecrets(v, old[k])]));
}
