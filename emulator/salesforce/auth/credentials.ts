import type { DemoStory } from '../../seed/story';
import type { Store } from '../../store/store';
import { entry, openSalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { hashSecret, isHashed, verifySecret } from './secrets';

/**
 * The user a username and password sign in, or undefined. Unknown users, wrong passwords and
 * inactive users all cost one scrypt run, so the answer's timing tells nothing.
 */
export async function checkPassword(store: Store, records: RecordStore, username: string, password: string): Promise<string | undefined> {
  const credential = entry(openSalesforceData(store).data.credentials, username.toLowerCase());
  const matches = await verifySecret(password, credential?.passwordHash);
  const user = credential && records.byId(credential.userId);
  return matches && user && user.IsActive !== false ? user.Id : undefined;
}

/** The demo story's Salesforce sign-ins, all for the seeded agent user, stored hashed. */
export async function seedCredentials(store: Store, records: RecordStore, story: DemoStory): Promise<void> {
  const ns = openSalesforceData(store);
  const first = story.crmUsers.salesforce[0];
  const [userId] = records.byFieldValue('User', 'Username', first.username) ?? [];
  if (!userId) return;
  for (const { username, password } of story.crmUsers.salesforce) {
    ns.data.credentials[username.toLowerCase()] = { userId, passwordHash: await hashSecret(password) };
  }
  await ns.save();
}

/** Data files written before passwords were hashed keep working: their passwords are hashed on start. */
export async function hashStoredPasswords(store: Store): Promise<void> {
  const ns = openSalesforceData(store);
  let changed = false;
  for (const credential of Object.values(ns.data.credentials) as { userId: string; passwordHash?: string; password?: string }[]) {
    if (credential.passwordHash && isHashed(credential.passwordHash)) continue;
    credential.passwordHash = await hashSecret(credential.password ?? credential.passwordHash ?? '');
    delete credential.password;
    changed = true;
  }
  if (changed) await ns.save();
}
