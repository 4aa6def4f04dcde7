import { describe, expect, it } from 'vitest';
import { diffConfig, redactSecrets } from './configDiff';

describe('configuration diff (versions and audit)', () => {
  it('lists each changed value with its path, added and removed ones without the missing side', () => {
    const before = { routing: { defaultQueue: 'general', rules: [{ queue: 'sales' }] }, ivr: { company: 'A' } };
    const after = { routing: { defaultQueue: 'general', rules: [{ queue: 'business' }, { queue: 'sales' }] }, ivr: {} };
    expect(diffConfig(before, after)).toEqual([
      { path: 'routing.rules[0].queue', before: 'sales', after: 'business' },
      { path: 'routing.rules[1]', after: { queue: 'sales' } },
      { path: 'ivr.company', before: 'A' },
    ]);
  });

  it('says a secret changed but never what it is', () => {
    const sn = (password: string) => ({ connections: { servicenow: { instanceUrl: 'https://x', user: 'u', password } } });
    expect(diffConfig(sn('old'), sn('new'))).toEqual([{ path: 'connections.servicenow.password', before: '********', after: '********' }]);
    expect(diffConfig({}, sn('s3cret'))).toEqual([{ path: 'connections', after: { servicenow: { instanceUrl: 'https://x', user: 'u', password: '********' } } }]);
    expect(redactSecrets({ auth: { clientSecret: 'x', apiToken: 'y', kind: 'password' } })).toEqual({ auth: { clientSecret: '********', apiToken: '********', kind: 'password' } });
  });
});
