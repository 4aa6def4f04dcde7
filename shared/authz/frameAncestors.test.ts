import { describe, expect, it } from 'vitest';
import { crmFrameOrigins } from './frameAncestors';

describe('crmFrameOrigins', () => {
  it("allows each configured CRM's origin, and a Salesforce org's Lightning domain", () => {
    const connections = {
      salesforce: { instanceUrl: 'https://alpine.my.salesforce.com/' },
      servicenow: { instanceUrl: 'https://alpine.service-now.com' },
      zendesk: { baseUrl: 'https://alpine.zendesk.com/api/v2' },
    };
    expect(crmFrameOrigins({ connections } as never).sort()).toEqual(
      ['https://alpine.lightning.force.com', 'https://alpine.my.salesforce.com', 'https://alpine.service-now.com', 'https://alpine.zendesk.com'].sort(),
    );
  });
  it('ignores what is not an http(s) URL', () => {
    expect(crmFrameOrigins({ connections: { salesforce: { instanceUrl: 'javascript:alert(1)' } } } as never)).toEqual([]);
  });
});
