import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheChunksForGood } from './assets';

let url = '';
let dir = '';
let close = () => {};
beforeAll(async () => {
  // A build's layout: Rolldown's chunks (a hash with '-' and '_' in it), esbuild's, and the entries.
  dir = mkdtempSync(join(tmpdir(), 'cc-build-'));
  for (const sub of ['lightning/chunks', 'scripts/chunks']) mkdirSync(join(dir, sub), { recursive: true });
  for (const file of ['lightning/chunks/digitalMessages-D4-8V5XM.js', 'scripts/chunks/chunk-5RBNY7GC.js', 'scripts/chunks/chunk-5RBNY7GC.js.map', 'lightning/record.js', 'lightning/slds.css']) {
    writeFileSync(join(dir, file), '/* built */');
  }
  const server = express().use('/assets/build', express.static(dir, { index: false, maxAge: 0, setHeaders: cacheChunksForGood })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/assets/build`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheControlOf = async (path: string) => {
  const res = await fetch(`${url}/${path}`);
  expect(res.status).toBe(200);
  return res.headers.get('cache-control');
};

describe('the local pages’ bundles', () => {
  it('keeps a content-hashed chunk for good', async () => {
    expect(await cacheControlOf('lightning/chunks/digitalMessages-D4-8V5XM.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheControlOf('scripts/chunks/chunk-5RBNY7GC.js')).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates what keeps its name across builds: entries, stylesheets, source maps', async () => {
    for (const path of ['lightning/record.js', 'lightning/slds.css', 'scripts/chunks/chunk-5RBNY7GC.js.map']) expect(await cacheControlOf(path), path).toBe('public, max-age=0');
  });
});
