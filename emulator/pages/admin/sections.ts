import { CHANNEL_LABELS, CHANNELS, CONDITION_OPS, CRMS, FEATURES, MASK, SCREEN_POP_TARGETS, type Config } from '../../../shared';
import { CRM_SECTIONS } from './crmSections';
import type { FieldSpec } from './sectionForm';

/** What the section pages offer to choose from: the configuration's facts and the contact center's queues and skills. */
export interface SectionContext {
  config: Config;
  queues: readonly string[];
  skills: readonly string[];
}

export interface SectionSpec {
  title: string;
  intro: string;
  fields: (context: SectionContext) => FieldSpec[];
}

/** The console's form pages, each over a few values of the configuration. */
export const SECTIONS = {
  ...CRM_SECTIONS,
  routing: {
    title: 'Routing rules',
    intro: 'Rules in their order: the first firing rule that names a queue chooses it; skills gather from every firing rule (at most 5). A rule fires when all its conditions hold; a condition tests a customer fact, the same in every CRM.',
    fields: ({ config, queues, skills }) => [
      { path: ['routing', 'defaultQueue'], label: 'Default queue', kind: 'select', options: queues },
      {
        path: ['routing', 'rules'],
        label: 'Rules, in order',
        kind: 'rows',
        itemLabel: 'Rule',
        ordered: true,
        help: 'Change a rule\'s Order to move it; fill the empty rule at the end to add one.',
        columns: [
          { path: ['name'], label: 'Rule name', kind: 'text' },
          {
            path: ['when'],
            label: 'Conditions (all must hold)',
            kind: 'rows',
            itemLabel: 'Condition',
            columns: [
              { path: ['fact'], label: 'Fact', kind: 'select', options: ['', ...Object.keys(config.facts)], blankLabel: '(a CRM field)' },
              { path: ['field'], label: 'or CRM field', kind: 'text' },
              { path: ['op'], label: 'Test', kind: 'select', options: ['', ...CONDITION_OPS], blankLabel: '(choose)' },
              { path: ['value'], label: 'Value', kind: 'value', help: "A list for 'in': Spanish, Portuguese" },
            ],
          },
          { path: ['queue'], label: 'Queue', kind: 'select', options: ['', ...queues], blankLabel: '(none: skills only)' },
          {
            path: ['skills'],
            label: 'Skills',
            kind: 'rows',
            itemLabel: 'Skill',
            columns: [
              { path: ['name'], label: 'Skill', kind: 'select', options: ['', ...skills], blankLabel: '(none)' },
              { path: ['priority'], label: 'Priority (1 first)', kind: 'number' },
            ],
          },
          { path: ['stop'], label: 'Stop after this rule', kind: 'checkbox' },
        ],
      },
    ],
  },
  'screen-pop': {
    title: 'Screen pop',
    intro: 'What answering opens, per channel: the open case of the caller (else the caller), always the caller, or only the interaction record.',
    fields: () => [
      { path: ['screenPop', 'default'], label: 'Every channel, unless set below', kind: 'select', options: SCREEN_POP_TARGETS },
      ...CHANNELS.map((channel) => ({ path: ['screenPop', 'channels', channel], label: CHANNEL_LABELS[channel], kind: 'select' as const, options: ['', ...SCREEN_POP_TARGETS], blankLabel: '(as every channel)' })),
    ],
  },
  display: {
    title: 'Display',
    intro: "Which facts the agent's alert and the card show, in order, and the label each fact is shown with.",
    fields: ({ config }) => [
      { path: ['display', 'alert'], label: 'Facts on the alert', kind: 'list', help: `Comma separated, from: ${Object.keys(config.facts).join(', ')}` },
      { path: ['display', 'card'], label: 'Facts on the card', kind: 'list', help: `Comma separated, from: ${Object.keys(config.facts).join(', ')}` },
      ...Object.keys(config.facts).map((fact) => ({ path: ['facts', fact, 'label'], label: `Label of ${fact}`, kind: 'text' as const })),
    ],
  },
  'wrap-up': {
    title: 'Wrap-up',
    intro: 'After-call work: its longest time and the disposition codes agents pick from.',
    fields: () => [
      { path: ['wrapUp', 'maxSeconds'], label: 'Maximum after-call work (seconds)', kind: 'number' },
      { path: ['wrapUp', 'required'], label: 'A disposition is required', kind: 'checkbox' },
      {
        path: ['wrapUp', 'dispositions'],
        label: 'Dispositions, in the order agents see them',
        kind: 'rows',
        itemLabel: 'Disposition',
        ordered: true,
        columns: [
          { path: ['code'], label: 'Code', kind: 'text' },
          { path: ['label'], label: 'Label', kind: 'text' },
        ],
      },
    ],
  },
  features: {
    title: 'Feature switches',
    intro: 'Each feature of the product on or off (§1.3).',
    fields: () => [
      ...FEATURES.map((feature) => ({ path: ['features', feature, 'enabled'], label: feature, kind: 'checkbox' as const })),
      { path: ['features', 'card', 'refreshOnMessage'], label: 'The card refreshes with each new message (§1.2)', kind: 'checkbox' },
      { path: ['features', 'relate', 'autoRelate'], label: 'Records are related automatically (§3.1)', kind: 'checkbox' },
      { path: ['features', 'related', 'expand'], label: 'Related records expand on demand (§5.2)', kind: 'checkbox' },
      ...CRMS.map((crm) => ({ path: ['features', 'create', 'allowedTypes', crm], label: `Record types agents may create: ${crm}`, kind: 'list' as const, help: 'Comma separated (§4).' })),
    ],
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
