import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CARD_PROPERTIES, CARD_TAG } from './properties';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** `snc ui-component deploy` reads now-ui.json at the project's root; UI Builder offers only what it declares. */
const nowUi = JSON.parse(readFileSync(here('../../now-ui.json'), 'utf8'));
const declared: { name: string; defaultValue?: unknown }[] = nowUi.components[CARD_TAG]?.properties ?? [];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every name the component's code reads from `state.properties`: `properties.x` and `{ x, y } = ...properties`. */
function propertiesRead(): Set<string> {
  const names = new Set<string>();
  for (const file of sources(here('.'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/\bproperties\??\.(\w+)/g)) names.add(name);
    for (const [, list] of text.matchAll(/\b(?:const|let) \{([^{}]+)\} = [\w.?]*properties\b/g)) {
      for (const part of list.split(',')) names.add(part.trim().split(/[:\s]/)[0]);
    }
    for (const [, list] of text.matchAll(/\(\w+: Element, \{([^{}]+)\}: Pick<CardProperties/g)) {
      for (const part of list.split(',')) names.add(part.trim());
    }
  }
  names.delete('');
  return names;
}

describe('now-ui.json', () => {
  it('names the component the code registers, in the project scope', () => {
    expect(Object.keys(nowUi.components)).toEqual([CARD_TAG]);
    expect(nowUi.scopeName).toBe(CARD_TAG.replace(/-/g, '_'));
  });

  it('finds the properties the code reads (the check below cannot pass on nothing)', () => {
    expect([...propertiesRead()]).toEqual(expect.arrayContaining(['interactionId', 'table', 'sysId', 'ccApiUrl', 'ccToken']));
  });

  it('declares every property the component reads', () => {
    const names = declared.map((property) => property.name);
    expect([...propertiesRead()].filter((name) => !names.includes(name))).toEqual([]);
  });

  it('declares exactly the properties createCustomElement registers, with the same defaults', () => {
    expect(Object.fromEntries(declared.map((p) => [p.name, p.defaultValue]))).toEqual(
      Object.fromEntries(Object.entries(CARD_PROPERTIES).map(([name, { default: value }]) => [name, value])),
    );
  });
});
