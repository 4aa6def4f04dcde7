import { randomUUID } from 'node:crypto';
import { daysAgo, type DemoStory, type StoryAccount, type StoryCase, type StoryPerson } from '../../seed/story';
import { hashSecret } from '../auth/secrets';
import type { Database } from '../data/database';
import { createRow, updateRow, type WriteContext } from '../records/write';
import type { Registry } from '../schema/registry';

const STATUS: Record<string, { statecode: number; statuscode: number }> = {
  New: { statecode: 0, statuscode: 1 }, Working: { statecode: 0, statuscode: 4 }, Escalated: { statecode: 0, statuscode: 1 }, Closed: { statecode: 1, statuscode: 5 },
};
const PRIORITY: Record<string, number> = { High: 1, Medium: 2, Low: 3 };
const ORIGIN: Record<string, number> = { Phone: 1, Email: 2, Web: 3 };

/**
 * Loads the demo story through the same writes the Web API uses: the app registration,
 * accounts, contacts (people of an account have it as their company), their subscriptions,
 * cases, and the customers that exist only in Dynamics 365.
 */
export function seedStory(db: Database, registry: Registry, story: DemoStory): void {
  const { app } = story.dynamics;
  const secret = hashSecret(app.clientSecret);
  db.data.apps[app.clientId] = { clientId: app.clientId, tenant: app.tenant, displayName: app.displayName, secretSalt: secret.salt, secretHash: secret.hash, applicationUserId: randomUUID() };

  const context: WriteContext = { db, registry };
  const table = (name: string) => registry.byLogicalName(name)!;
  const accounts = new Map<string, string>();
  for (const a of [...story.accounts, ...story.dynamics.accounts]) accounts.set(a.key, String(createRow(context, table('account'), accountBody(a)).accountid));

  const contacts = new Map<string, string>();
  const plans = new Map(table('cc_subscription').byName.get('cc_plan')!.options!.map((o) => [o.label, o.value]));
  let subscriptions = 0;
  for (const p of [...story.people, ...story.dynamics.people]) {
    const accountId = p.accountKey ? accounts.get(p.accountKey) : undefined;
    const contactId = String(createRow(context, table('contact'), contactBody(p, accountId)).contactid);
    contacts.set(p.key, contactId);
    if (accountId && !db.get('account', accountId)?.primarycontactid) updateRow(context, table('account'), accountId, { 'primarycontactid@odata.bind': `/contacts(${contactId})` });
    for (const product of p.products) {
      createRow(context, table('cc_subscription'), {
        cc_name: `${product} - ${p.firstName} ${p.lastName}`, cc_subscriptionnumber: `SUB-${String(++subscriptions).padStart(5, '0')}`,
        cc_plan: plans.get(product) ?? null, cc_startdate: `${p.customerSince}T00:00:00Z`, 'cc_contactid@odata.bind': `/contacts(${contactId})`,
      });
    }
  }

  for (const c of [...story.cases, ...story.dynamics.cases]) {
    const contactId = contacts.get(c.personKey);
    if (contactId) createRow({ ...context, now: () => daysAgo(c.openedDaysAgo) }, table('incident'), caseBody(c, contactId));
  }

  const theo = contacts.get('theo-girardin');
  if (theo) {
    createRow({ ...context, now: () => daysAgo(2) }, table('phonecall'), {
      subject: 'TV box reboots: first call', description: 'Walked through a factory reset; the reboots continue.', phonenumber: '+1 206-555-0142',
      directioncode: false, actualdurationminutes: 12, statecode: 1, statuscode: 4, 'regardingobjectid_contact_phonecall@odata.bind': `/contacts(${theo})`,
    });
  }
}

function accountBody(a: StoryAccount) {
  return {
    name: a.name, accountnumber: a.accountNumber, telephone1: a.phone, websiteurl: a.website, address1_city: a.city,
    cc_subscriptionlevel: a.subscriptionLevel, cc_priorityaccount: a.priorityAccount,
  };
}

function contactBody(p: StoryPerson, accountId: string | undefined) {
  return {
    firstname: p.firstName, lastname: p.lastName, jobtitle: p.title, emailaddress1: p.email, telephone1: p.phone, mobilephone: p.mobile,
    address1_line1: p.address.street, address1_city: p.address.city, address1_postalcode: p.address.postalCode, address1_country: p.address.country,
    preferredcontactmethodcode: 3, cc_preferredlanguage: p.language, cc_subscriptionlevel: p.subscriptionLevel, cc_nps: p.nps,
    ...(accountId ? { 'parentcustomerid_account@odata.bind': `/accounts(${accountId})` } : {}),
  };
}

function caseBody(c: StoryCase, contactId: string) {
  return {
    title: c.subject, description: c.description, prioritycode: PRIORITY[c.priority] ?? 2, caseorigincode: ORIGIN[c.origin] ?? null,
    ...(STATUS[c.status] ?? STATUS.New), 'customerid_contact@odata.bind': `/contacts(${contactId})`,
  };
}
