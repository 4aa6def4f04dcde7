import { describe, expect, it } from 'vitest';
import { readServeConfig } from './serveConfig';

describe('npm run serve settings', () => {
  it('uses the lowdb file unless DATABASE_URL is set, and trusts private proxies by default', () => {
    expect(readServeConfig({})).toMatchObject({ port: 3000, dataFile: '.data/contact-center.json', databaseUrl: undefined, trustProxy: 'loopback, linklocal, uniquelocal' });
    expect(readServeConfig({ DATABASE_URL: 'postgres://cc@db:5432/cc', PORT: '8080', TRUST_PROXY: '1' })).toMatchObject({ port: 8080, databaseUrl: 'postgres://cc@db:5432/cc', trustProxy: 1 });
  });

  it('refuses a PORT or drain time that is not a number', () => {
    expect(() => readServeConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readServeConfig({ SHUTDOWN_DRAIN_MS: 'soon' })).toThrow(/SHUTDOWN_DRAIN_MS/);
  });
});
