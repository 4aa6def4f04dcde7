import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The demo story (PRODUCT.md §9.2): one company, its customers, their cases, a household
 * and the contact center's agents. The facts live as JSON in `story/`; each emulated
 * part maps them onto its own objects when it seeds.
 */
export interface DemoStory {
  company: { name: string; description: string; defaultRegion: string; supportNumber: string; salesNumber: string };
  accounts: StoryAccount[];
  people: StoryPerson[];
  leads: StoryLead[];
  cases: StoryCase[];
  opportunities: StoryOpportunity[];
  campaigns: StoryCampaign[];
  zendesk: { agents: StoryZendeskAgent[]; users: StoryZendeskUser[]; tickets: StoryZendeskTicket[] };
  /** Customers that exist only in Dynamics 365, and the app registration its clients use. */
  dynamics: StoryDynamics;
  contactCenter: {
    skills: string[];
    queues: { key: string; name: string }[];
    agents: StoryAgent[];
    /** The admin configuration the contact center starts with (feature switches, routing rules). */
    config: unknown;
  };
  crmUsers: {
    salesforce: { key: string; username: string; password: string; firstName: string; lastName: string; email: string; oauthClient: { clientId: string; clientSecret: string } }[];
    servicenow: { key: string; userName: string; password: string; firstName: string; lastName: string; email: string }[];
    zendesk: { key: string; email: string; password: string; apiToken: string }[];
  };
}

export interface StoryAddress { street: string; city: string; postalCode: string; country: string }
export interface StoryAccount { key: string; name: string; accountNumber: string; phone: string; industry: string; subscriptionLevel: string; priorityAccount: boolean; website: string; city: string }
export interface StoryPerson {
  key: string; firstName: string; lastName: string; email: string; phone: string; mobile: string | null; title: string | null;
  /** The business account this person works for; null for a consumer. */
  accountKey: string | null;
  /** People sharing an address and a landline. */
  household: string | null;
  address: StoryAddress; language: string; subscriptionLevel: string; nps: number; products: string[]; customerSince: string;
}
export interface StoryLead { key: string; firstName: string; lastName: string; company: string; email: string; phone: string; status: string; source: string }
export interface StoryCase { key: string; personKey: string; subject: string; description: string; status: string; priority: string; origin: string; openedDaysAgo: number }
export interface StoryOpportunity { key: string; accountKey: string; name: string; stage: string; amount: number; closeInDays: number }
export interface StoryCampaign { key: string; name: string; type: string; status: string; startDaysAgo: number; endInDays: number; members: string[] }
export interface StoryZendeskAgent { key: string; name: string; email: string; role: 'admin' | 'agent' }
export interface StoryZendeskUser { key: string; personKey?: string; name: string; email: string | null; phone: string | null; role: 'end-user'; active: boolean }
export interface StoryZendeskTicket {
  key: string; subject: string; description: string; status: string; channel: string; priority: string;
  requesterKey: string; assigneeKey: string; tags: string[]; createdDaysAgo: number; solvedDaysAgo: number | null;
  comments: { authorKey: string; body: string; public: boolean; minutesAfter: number }[];
  recording: { durationSeconds: number } | null;
}
export interface StoryDynamics {
  app: { tenant: string; clientId: string; clientSecret: string; displayName: string };
  accounts: StoryAccount[];
  /** accountKey may name a story account or one of `accounts` above. */
  people: StoryPerson[];
  cases: StoryCase[];
}
export interface StoryAgent { key: string; name: string; username: string; password: string; role: 'agent' | 'supervisor' | 'admin'; queues: string[]; skills: string[]; state: 'available' | 'unavailable' }

const FILES = {
  company: 'company.json', accounts: 'accounts.json', people: 'people.json', leads: 'leads.json', cases: 'cases.json',
  opportunities: 'opportunities.json', campaigns: 'campaigns.json', zendesk: 'zendesk.json', dynamics: 'dynamics.json',
  contactCenter: 'contact-center.json', crmUsers: 'crm-users.json',
} as const;

export async function loadStory(): Promise<DemoStory> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([key, file]) => {
      const url = new URL(`./story/${file}`, import.meta.url);
      return [key, JSON.parse(await readFile(fileURLToPath(url), 'utf8'))] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as DemoStory;
}

/** A date `days` before `now`, as the story counts time relative to the day it is loaded. */
export function daysAgo(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
