import { describe, expect, it } from 'vitest';
// @ts-expect-error plain browser module without types
import { MAX_TABS, readTabs, withoutTab, withTab } from './workspaceTabs.js';

const tab = (n: number, label = `Record ${n}`) => ({ url: `/lightning/r/Contact/003${String(n).padStart(12, '0')}/view`, label, object: 'Contact' });

describe('workspace tabs', () => {
  it('add a record once, refresh its label, and close it', () => {
    let tabs = withTab([], tab(1, '003…'));
    tabs = withTab(tabs, tab(2));
    tabs = withTab(tabs, tab(1, 'Maria García'));
    expect(tabs.map((t: { label: string }) => t.label)).toEqual(['Maria García', 'Record 2']);
    expect(withoutTab(tabs, tab(1).url)).toEqual([tab(2)]);
  });

  it('keep the newest tabs when the set is full', () => {
    let tabs: unknown[] = [];
    for (let i = 1; i <= MAX_TABS + 2; i++) tabs = withTab(tabs, tab(i));
    expect(tabs).toHaveLength(MAX_TABS);
    expect(tabs[0]).toEqual(tab(3));
  });

  it('ignore what is not a list of record tabs in storage', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(readTabs(storage('not json'))).toEqual([]);
    expect(readTabs(storage(JSON.stringify([{ url: 'https://evil.example' }, tab(1)])))).toEqual([tab(1)]);
  });
});
