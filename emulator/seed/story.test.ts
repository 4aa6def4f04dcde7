import { describe, expect, it } from 'vitest';
import { loadStory } from './story';

describe('demo story', () => {
  it('tells the story PRODUCT.md §9.2 asks for', async () => {
    const story = await loadStory();
    expect(story.people.length).toBeGreaterThanOrEqual(50);
    const household = story.people.filter((p) => p.household === 'souza');
    expect(household).toHaveLength(2);
    expect(new Set(household.map((p) => p.address.street)).size).toBe(1);
    expect(story.leads.length).toBeGreaterThan(0);
    expect(story.cases.length).toBeGreaterThan(0);
    expect(story.opportunities.length).toBeGreaterThan(0);
    expect(story.campaigns.length).toBeGreaterThan(0);
    expect(story.contactCenter.agents.find((a) => a.username === 'agent@customercard.example')?.skills).toEqual(story.contactCenter.skills);
  });

  it('refers only to keys that exist', async () => {
    const story = await loadStory();
    const people = new Set(story.people.map((p) => p.key));
    const accounts = new Set(story.accounts.map((a) => a.key));
    for (const p of story.people) if (p.accountKey) expect(accounts.has(p.accountKey)).toBe(true);
    for (const c of story.cases) expect(people.has(c.personKey)).toBe(true);
    for (const o of story.opportunities) expect(accounts.has(o.accountKey)).toBe(true);
    const zdKeys = new Set([...story.zendesk.users, ...story.zendesk.agents].map((u) => u.key));
    for (const t of story.zendesk.tickets) {
      expect(zdKeys.has(t.requesterKey)).toBe(true);
      for (const c of t.comments) expect(zdKeys.has(c.authorKey)).toBe(true);
    }
  });

  it('has solved, open and older-than-90-days Zendesk tickets', async () => {
    const { tickets } = (await loadStory()).zendesk;
    expect(tickets.some((t) => t.status === 'solved')).toBe(true);
    expect(tickets.some((t) => t.status === 'open')).toBe(true);
    expect(tickets.some((t) => t.createdDaysAgo > 90)).toBe(true);
  });
});
