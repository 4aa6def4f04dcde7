import { hashPassword } from '../auth/passwords';
import type { Database } from '../data/database';
import { glideDateTime } from '../data/glide';
import { insertRecord, type WriteContext } from '../records/write';
import { daysAgo, type DemoStory, type StoryPerson } from '../../seed/story';

const CASE_STATE: Record<string, string> = { New: '1', Working: '10', Escalated: '10', Closed: '3' };
const CASE_PRIORITY: Record<string, string> = { High: '2', Medium: '3', Low: '4' };

/**
 * The seeded users' roles: the administrator has `admin`; everyone else works cases as a
 * CSM agent (`itil` and `sn_customerservice_agent`).
 * https://www.servicenow.com/docs/r/customer-service-management/csm-roles.html
 */
export const ROLES = ['admin', 'itil', 'sn_customerservice_agent', 'import_transformer'];
const rolesOf = (userName: string) => (userName === 'admin' ? ['admin'] : ['itil', 'sn_customerservice_agent']);

/** System properties the emulation reads; an administrator changes them through the Table API. */
export const PROPERTIES: Record<string, [value: string, description: string]> = {
  'glide.sys.default.tz': ['UTC', 'System time zone: display values of users without a time zone'],
  'glide.ui.session_timeout': ['30', 'Session timeout (minutes): a session unused this long ends'],
  'x_emulator.strict_references': ['false', 'Emulator only: refuse writes naming a missing reference or an unknown choice with 403 (an instance stores them)'],
};

/**
 * Loads the demo story through the same insert the POST route uses: users (passwords
 * hashed), roles, properties, accounts, contacts (people working for an account),
 * consumers (everyone else, a household shared), and cases.
 */
export async function seedStory(db: Database, story: DemoStory, now = new Date()): Promise<void> {
  const admin = story.crmUsers.servicenow[0]?.userName ?? 'admin';
  const context: WriteContext = { db, userName: admin, now };
  const insert = (table: string, body: Record<string, unknown>) => insertRecord(context, table, body);

  const roles = new Map(ROLES.map((name) => [name, insert('sys_user_role', { name }).sys_id]));
  for (const user of story.crmUsers.servicenow) {
    const userPassword = await hashPassword(user.password);
    const record = insert('sys_user', { user_name: user.userName, first_name: user.firstName, last_name: user.lastName, email: user.email, user_password: userPassword });
    for (const role of rolesOf(user.userName)) insert('sys_user_has_role', { user: record.sys_id, role: roles.get(role), state: 'active' });
  }
  for (const [name, [value, description]] of Object.entries(PROPERTIES)) insert('sys_properties', { name, value, description, type: 'string' });

  const accounts = new Map<string, string>();
  for (const a of story.accounts) {
    const record = insert('customer_account', {
      name: a.name, account_code: a.accountNumber, phone: a.phone, city: a.city, website: a.website,
      u_subscription_level: a.subscriptionLevel, u_priority_account: a.priorityAccount,
    });
    accounts.set(a.key, record.sys_id);
  }

  const households = new Map<string, string>();
  const people = new Map<string, { table: string; sysId: string; accountId?: string }>();
  for (const p of story.people) {
    const accountId = p.accountKey ? accounts.get(p.accountKey) : undefined;
    if (accountId) {
      const record = insert('customer_contact', { ...personFields(p), title: p.title ?? '', account: accountId });
      people.set(p.key, { table: 'customer_contact', sysId: record.sys_id, accountId });
      continue;
    }
    let household = '';
    if (p.household) {
      household = households.get(p.household) ?? insert('csm_household', { name: `${p.lastName} household`, street: p.address.street, city: p.address.city, phone: p.phone }).sys_id;
      households.set(p.household, household);
    }
    const record = insert('csm_consumer', {
      ...personFields(p), household, street: p.address.street, city: p.address.city, zip: p.address.postalCode, country: p.address.country,
      preferred_language: p.language, u_subscription_level: p.subscriptionLevel, u_nps: p.nps,
    });
    people.set(p.key, { table: 'csm_consumer', sysId: record.sys_id });
  }

  for (const c of story.cases) {
    const person = people.get(c.personKey);
    const who = person?.table === 'customer_contact' ? { contact: person.sysId, account: person.accountId } : { consumer: person?.sysId ?? '' };
    insert('sn_customerservice_case', {
      short_description: c.subject, description: c.description, state: CASE_STATE[c.status] ?? '1', priority: CASE_PRIORITY[c.priority] ?? '4',
      contact_type: c.origin.toLowerCase(), opened_at: glideDateTime(daysAgo(c.openedDaysAgo, now)), active: c.status === 'Closed' ? 'false' : 'true', ...who,
    });
  }
}

function personFields(p: StoryPerson) {
  return { first_name: p.firstName, last_name: p.lastName, email: p.email, phone: p.phone, mobile_phone: p.mobile ?? '' };
}
