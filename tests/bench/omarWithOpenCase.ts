import { createCcClient } from '../../shared/contract';
import { basic, callJson } from '../support/servicenowBrowser';

/** The consumer both Agent Workspace benchmarks call as. */
export const OMAR = { name: 'Omar Haddad', ani: '+14155551119' };

/**
 * Connects the contact center to the emulated ServiceNow only (the IVR then finds Omar there) and
 * gives Omar an open case, so answering his call opens that case (issue 17's screen pop).
 */
export async function omarWithOpenCase(baseUrl: string): Promise<{ caseSysId: string }> {
  const admin = createCcClient({ baseUrl });
  await admin.signIn('admin@customercard.example', 'emulator');
  const { config } = await admin.call('getConfig');
  await admin.call('putConfig', { body: { ...config, connections: { servicenow: { instanceUrl: baseUrl, user: 'admin', password: 'emulator' } } } });
  const sn = basic('admin', 'emulator');
  const [omar] = (await callJson<{ result: { sys_id: string }[] }>(`${baseUrl}/api/now/table/csm_consumer?sysparm_query=first_name=Omar`, { auth: sn })).result;
  const { result } = await callJson<{ result: { sys_id: string } }>(`${baseUrl}/api/now/table/sn_customerservice_case`, {
    method: 'POST', auth: sn, body: { short_description: 'Replacement router not delivered', consumer: omar.sys_id },
  });
  return { caseSysId: result.sys_id };
}
