import type { Request } from 'express';
import { authenticate } from '../../emulator/servicenow/auth';
import { hashPassword } from '../../emulator/servicenow/auth/passwords';
import { Database, emptyData } from '../../emulator/servicenow/data/database';
import { median, timeRuns, type Benchmark, type Figure } from './figure';

const request = { headers: { authorization: `Basic ${Buffer.from('maria.garcia:S3nha!').toString('base64')}` } } as unknown as Request;

/** A sys_user table of `size` rows, the signing-in user last (where a scan finds it latest). */
async function users(size: number): Promise<Database> {
  const db = new Database(emptyData());
  for (let i = 0; i < size - 1; i++) db.put('sys_user', { sys_id: `u${i}`, user_name: `user${i}`, active: 'true', user_password: '' });
  db.put('sys_user', { sys_id: 'me', user_name: 'maria.garcia', active: 'true', user_password: await hashPassword('S3nha!') });
  return db;
}

/**
 * Issue 21, item 6: a Basic-auth request finds its user through the user_name index, so
 * its cost does not grow with sys_user (before: a scan of every user on each request).
 */
const servicenowAuthBench: Benchmark = {
  title: 'ServiceNow authentication',
  async run() {
    const figures: Figure[] = [];
    for (const size of [100, 100_000]) {
      const db = await users(size);
      const indexed = median(await timeRuns(() => authenticate(request, db), 200));
      const scan = median(await timeRuns(() => Object.values(db.data.tables.sys_user).some((u) => u.user_name === 'maria.garcia' && u.active === 'true'), 50));
      figures.push({ name: `Basic auth, ${size.toLocaleString('en')} users (median of 200, password already verified)`, value: indexed, unit: 'ms', baseline: { value: scan, what: 'scan of sys_user' } });
    }
    return figures;
  },
};

export default servicenowAuthBench;
