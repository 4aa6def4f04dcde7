import { randomBytes } from 'node:crypto';
import { openContactCenterData } from '../contact-center/data';
import { openConfiguredStore } from '../store/openConfiguredStore';
import { createFirstAdmin, MIN_PASSWORD_LENGTH } from './firstAdmin';
import { readServeConfig } from './serveConfig';

const REFUSALS = {
  'admin-exists': 'an admin exists already: add admins from the admin console',
  'username-taken': 'an agent already has this username',
  'password-too-short': `ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`,
} as const;

/**
 * `npm run admin:create`: ADMIN_USERNAME and ADMIN_NAME, and ADMIN_PASSWORD or a generated one
 * printed once. Same store as `npm run serve` (DATABASE_URL or the lowdb file).
 */
async function main() {
  const username = process.env.ADMIN_USERNAME;
  if (!username) throw new Error('ADMIN_USERNAME is not set (the admin signs in with it)');
  const generated = !process.env.ADMIN_PASSWORD;
  const password = process.env.ADMIN_PASSWORD || randomBytes(18).toString('base64url');
  const store = await openConfiguredStore(readServeConfig());
  try {
    const result = await createFirstAdmin(openContactCenterData(store), { username, name: process.env.ADMIN_NAME || username, password }, new Date());
    if ('refused' in result) throw new Error(REFUSALS[result.refused]);
    console.log(`[admin:create] admin ${username} created in ${store.location}`);
    if (generated) console.log(`[admin:create] password (shown once): ${password}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[admin:create] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
