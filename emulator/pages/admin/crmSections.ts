import { CRM_NAMES, CRMS, IDENTIFIERS, type Crm } from '../../../shared';
import type { FieldSpec } from './sectionForm';
import type { SectionSpec } from './sections';

const text = (path: string[], label: string, help?: string): FieldSpec => ({ path, label, kind: 'text', ...(help ? { help } : {}) });
const secret = (path: string[], label: string): FieldSpec => ({ path, label, kind: 'secret' });

/** Each CRM's connection fields, as its vendor names them (secrets write-only). */
const CONNECTION_FIELDS: Record<Crm, FieldSpec[]> = {
  salesforce: [
    text(['instanceUrl'], 'Instance URL', 'Such as https://acme.my.salesforce.com.'),
    text(['apiVersion'], 'API version', 'Such as 62.0.'),
    { path: ['auth', 'kind'], label: 'Sign-in', kind: 'select', options: ['access-token', 'password', 'client-credentials'] },
    secret(['auth', 'accessToken'], 'Access token (access-token sign-in)'),
    text(['auth', 'username'], 'Username (password sign-in)'),
    secret(['auth', 'password'], 'Password (password sign-in)'),
    secret(['auth', 'securityToken'], 'Security token (password sign-in)'),
    text(['auth', 'clientId'], 'Connected app consumer key (password and client-credentials sign-in)'),
    secret(['auth', 'clientSecret'], 'Connected app consumer secret'),
  ],
  servicenow: [text(['instanceUrl'], 'Instance URL', 'Such as https://acme.service-now.com.'), text(['user'], 'User name'), secret(['password'], 'Password')],
  zendesk: [text(['baseUrl'], 'Subdomain URL', 'Such as https://acme.zendesk.com.'), text(['email'], 'Agent email (API token sign-in)'), secret(['apiToken'], 'API token')],
  dynamics: [
    text(['environmentUrl'], 'Environment URL', 'Such as https://acme.crm.dynamics.com; empty: the emulated one.'),
    text(['authorityUrl'], 'Microsoft Entra authority URL', 'Empty: the emulated one.'),
    text(['tenant'], 'Tenant'),
    text(['clientId'], 'App registration client id'),
    secret(['clientSecret'], 'Client secret'),
  ],
};

/** A lookup plan's steps for one CRM: per identifier, the objects searched, their fields searched and returned. */
const lookupSteps = (crm: Crm): FieldSpec => ({
  path: ['ivr', 'lookup', crm],
  label: `${CRM_NAMES[crm]}: lookup steps, in order`,
  kind: 'rows',
  itemLabel: `${CRM_NAMES[crm]} step`,
  ordered: true,
  help: 'The IVR tries the caller\'s number first, then asks for what the next step searches by.',
  columns: [
    { path: ['identifier'], label: 'The caller gives', kind: 'select', options: ['', ...IDENTIFIERS], blankLabel: '(choose)' },
    {
      path: ['targets'],
      label: 'Objects searched',
      kind: 'rows',
      itemLabel: 'Object',
      columns: [
        text(['object'], 'Object (standard or custom)', crm === 'salesforce' ? 'Such as Contact or Subscriber__c.' : crm === 'servicenow' ? 'A table such as csm_consumer, u_subscriber or x_acme_line.' : undefined),
        { path: ['fields'], label: 'Fields searched', kind: 'list', help: 'Comma separated.' },
        { path: ['returning'], label: 'Fields returned', kind: 'list', optional: true, help: 'Comma separated; the id and name always are.' },
      ],
    },
  ],
});

/** The lookup plan's generic data action steps (issue 19): which action, when, fed from what, giving which facts. */
const actionSteps = (actionIds: string[]): FieldSpec => ({
  path: ['ivr', 'lookup', 'actions'],
  label: 'Data action steps',
  kind: 'rows',
  itemLabel: 'Data action step',
  help: 'Services asked beside the CRMs (defined under Data actions); what they answer becomes customer facts. Fill the empty step at the end to add one.',
  columns: [
    { path: ['action'], label: 'Data action', kind: 'select', options: ['', ...actionIds], blankLabel: '(choose)' },
    { path: ['identifier'], label: 'Runs when the caller gives', kind: 'select', options: IDENTIFIERS },
    { path: ['input'], label: 'Input (JSON)', kind: 'json', help: 'Each input from ani, entered or fact.<name>, such as {"phone": "ani"}.' },
    { path: ['facts'], label: 'Facts (JSON)', kind: 'json', help: 'Each fact from an output property, such as {"loyaltyTier": "tier"}.' },
    { path: ['identifies'], label: 'Identifies a caller no CRM knows', kind: 'checkbox' },
  ],
});

/** The console's pages over the CRMs: how to reach them, how a caller is found, where each fact lives. */
export const CRM_SECTIONS = {
  connections: {
    title: 'Connections',
    intro: 'The CRMs the contact center reads and writes. With neither Salesforce nor ServiceNow connected, the local emulated ones are used. Secrets are write-only.',
    fields: ({ config }) =>
      CRMS.map((crm) => ({
        path: ['connections', crm],
        label: CRM_NAMES[crm],
        kind: 'group' as const,
        help: config.connections[crm] ? undefined : 'Not connected.',
        columns: [{ path: [], label: `Connect ${CRM_NAMES[crm]}`, kind: 'present' as const }, ...CONNECTION_FIELDS[crm]],
      })),
  },
  lookup: {
    title: 'Lookup plan',
    intro: 'How the IVR finds the caller in each CRM: per identifier, the objects searched (custom ones too), the fields compared and the fields returned.',
    fields: ({ config }) => [
      text(['ivr', 'company'], 'Company name in the greeting'),
      text(['ivr', 'defaultLanguage'], 'Default greeting language', 'A two-letter code such as en.'),
      { path: ['ivr', 'greeting', 'nameFact'], label: 'Greeting addresses the caller by the fact', kind: 'select', options: Object.keys(config.facts) },
      { path: ['ivr', 'greeting', 'languageFact'], label: 'Greeting speaks the language of the fact', kind: 'select', options: Object.keys(config.facts) },
      { path: ['ivr', 'budgetMs'], label: 'Time budget of each CRM (ms)', kind: 'number', help: 'A CRM that answers later is skipped and named.' },
      ...CRMS.map(lookupSteps),
      actionSteps(config.dataActions.actions.map((a) => a.id)),
    ],
  },
  facts: {
    title: 'Customer facts',
    intro: 'Named facts (tier, language, nps, ...) and where each CRM keeps them; the first filled field wins. ServiceNow dot-walks (account.u_tier) and Salesforce parent fields (Account.Tier__c) work.',
    fields: () => [
      {
        path: ['facts'],
        label: 'Facts',
        kind: 'rows',
        itemLabel: 'Fact',
        keyedBy: 'name',
        help: 'Fill the empty fact at the end to add one. Routing rules, the greeting and the display name facts.',
        columns: [
          text(['name'], 'Fact name', 'One word, such as tier.'),
          text(['label'], 'Label'),
          ...CRMS.map((crm): FieldSpec => ({ path: [crm], label: `${CRM_NAMES[crm]} fields`, kind: 'list', help: crm === 'servicenow' ? 'Comma separated; dot-walks such as account.u_tier.' : 'Comma separated.' })),
        ],
      },
    ],
  },
} satisfies Record<string, SectionSpec>;
