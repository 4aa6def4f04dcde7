import { describe, expect, it } from 'vitest';
import { loadStory } from '../../seed/story';
import { secretMatches } from '../auth/secrets';
import { digitsOf } from '../data/collation';
import { Database } from '../data/database';
import { emptyData } from '../data/namespace';
import { buildRegistry } from '../schema/registry';
import { seedStory } from './seedStory';

describe('Dynamics 365 demo data', () => {
  it('loads every story customer, plus the ones only Dynamics has, with their messy phone formats', async () => {
    const story = await loadStory();
    const db = new Database(emptyData());
    seedStory(db, buildRegistry(), story);
    expect(db.all('contact')).toHaveLength(story.people.length + story.dynamics.people.length);
    expect(db.all('account')).toHaveLength(story.accounts.length + story.dynamics.accounts.length);
    expect(db.all('incident')).toHaveLength(story.cases.length + story.dynamics.cases.length);
    expect(db.all('contact').map((c) => c.telephone1)).toEqual(expect.arrayContaining(['(415) 555-0199', '415-555-0199', '+14155550028', '1 (415) 555-1035 x105']));
    const app = db.data.apps['customer-card-local'];
    expect(app.tenant).toBe('customercard');
    expect(secretMatches('emulator-secret', app.secretSalt, app.secretHash)).toBe(true);
    expect(JSON.stringify(db.data)).not.toContain('emulator-secret');
  });

  it('gives the Dynamics-only customers numbers and emails no other part of the story uses', async () => {
    const story = await loadStory();
    const elsewhere = [...story.people, ...story.accounts, ...story.leads, ...story.zendesk.users] as { phone?: string | null; mobile?: string | null; email?: string | null }[];
    const usedDigits = new Set(elsewhere.flatMap((p) => [p.phone, p.mobile]).filter((n): n is string => !!n).map((n) => digitsOf(n).slice(-10)));
    const usedEmails = new Set(elsewhere.map((p) => p.email?.toLowerCase()).filter(Boolean));
    for (const p of [...story.dynamics.people, ...story.dynamics.accounts] as { phone: string; mobile?: string | null; email?: string }[]) {
      for (const number of [p.phone, p.mobile].filter((n): n is string => !!n)) expect(usedDigits.has(digitsOf(number).slice(-10))).toBe(false);
      if (p.email) expect(usedEmails.has(p.email.toLowerCase())).toBe(false);
    }
    const accountKeys = new Set([...story.accounts, ...story.dynamics.accounts].map((a) => a.key));
    for (const p of story.dynamics.people) if (p.accountKey) expect(accountKeys.has(p.accountKey)).toBe(true);
    const peopleKeys = new Set(story.dynamics.people.map((p) => p.key));
    for (const c of story.dynamics.cases) expect(peopleKeys.has(c.personKey)).toBe(true);
  });
});
