import { daysAgo, type DemoStory } from '../../seed/story';
import { sfDateTime } from '../records/fieldValue';
import type { RecordService } from '../records/recordService';

/**
 * Loads the demo story through the same record service the REST routes use. Business
 * contacts belong to their company's Account; consumers sharing a household get a
 * "<Last name> Household" Account; other consumers are private contacts without one.
 */
export function seedStory(records: RecordService, story: DemoStory): void {
  const agent = story.crmUsers.salesforce[0];
  const userId = records.create('User', {
    Username: agent.username, FirstName: agent.firstName, LastName: agent.lastName, Email: agent.email,
    Alias: agent.firstName.slice(0, 1).toLowerCase() + agent.lastName.slice(0, 7).toLowerCase(), CompanyName: story.company.name,
  }, '').id;
  // The first user exists before anyone could create it: it is its own creator.
  records.store.put('User', { ...records.store.byId(userId)!, CreatedById: userId, LastModifiedById: userId });
  const create = (objectName: string, values: Record<string, unknown>, createdDaysAgo?: number) =>
    records.create(objectName, values, userId, createdDaysAgo === undefined ? {} : { CreatedDate: sfDateTime(daysAgo(createdDaysAgo)) }).id;

  const accounts = new Map<string, string>();
  for (const a of story.accounts) {
    accounts.set(a.key, create('Account', {
      Name: a.name, AccountNumber: a.accountNumber, Phone: a.phone, Industry: a.industry, Website: a.website, BillingCity: a.city,
      Type: 'Customer - Direct', Subscription_Level__c: a.subscriptionLevel, Priority_Account__c: a.priorityAccount,
    }));
  }
  const households = new Map<string, string>();
  const contacts = new Map<string, string>();
  for (const p of story.people) {
    let accountId = p.accountKey ? accounts.get(p.accountKey) : undefined;
    if (!accountId && p.household) {
      if (!households.has(p.household)) {
        households.set(p.household, create('Account', { Name: `${p.lastName} Household`, Phone: p.phone, BillingCity: p.address.city, Type: 'Customer - Direct' }));
      }
      accountId = households.get(p.household);
    }
    contacts.set(p.key, create('Contact', {
      FirstName: p.firstName, LastName: p.lastName, Email: p.email, Phone: p.phone, MobilePhone: p.mobile, Title: p.title,
      AccountId: accountId ?? null, MailingStreet: p.address.street, MailingCity: p.address.city, MailingPostalCode: p.address.postalCode,
      MailingCountry: p.address.country, Preferred_Language__c: p.language, Subscription_Level__c: p.subscriptionLevel,
      NPS__c: p.nps, Products__c: p.products.join(';'),
    }));
  }
  const leads = new Map<string, string>();
  for (const l of story.leads) {
    leads.set(l.key, create('Lead', { FirstName: l.firstName, LastName: l.lastName, Company: l.company, Email: l.email, Phone: l.phone, Status: l.status, LeadSource: l.source }));
  }
  for (const c of story.cases) {
    const contactId = contacts.get(c.personKey);
    const accountId = contactId ? records.store.byId(contactId)?.AccountId : null;
    create('Case', { Subject: c.subject, Description: c.description, Status: c.status, Priority: c.priority, Origin: c.origin, ContactId: contactId, AccountId: accountId ?? null }, c.openedDaysAgo);
  }
  for (const o of story.opportunities) {
    const closeDate = sfDateTime(daysAgo(-o.closeInDays)).slice(0, 10);
    create('Opportunity', { Name: o.name, AccountId: accounts.get(o.accountKey), StageName: o.stage, Amount: o.amount, CloseDate: closeDate });
  }
  for (const c of story.campaigns) {
    const campaignId = create('Campaign', {
      Name: c.name, Type: c.type, Status: c.status, IsActive: true,
      StartDate: sfDateTime(daysAgo(c.startDaysAgo)).slice(0, 10), EndDate: sfDateTime(daysAgo(-c.endInDays)).slice(0, 10),
    });
    for (const member of c.members) {
      const link = leads.has(member) ? { LeadId: leads.get(member) } : { ContactId: contacts.get(member) };
      create('CampaignMember', { CampaignId: campaignId, Status: 'Sent', ...link });
    }
  }
}
