import type { Store } from '../../store/store';
import { openSalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { fault, envelope, tag, textOf, type Node } from '../soap/envelope';
import { userInfoXml } from '../soap/userInfo';
import { checkPassword } from './credentials';
import { endSession, openSession } from './sessions';

/**
 * SOAP partner API `login` and `logout`, the calls jsforce's `conn.login` and `conn.logout` make.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_login.htm
 */
export async function soapLogin(store: Store, records: RecordStore, login: Node, version: string, origin: string): Promise<{ status: number; xml: string }> {
  const userId = await checkPassword(store, records, textOf(login.username) ?? '', textOf(login.password) ?? '');
  const user = userId ? records.byId(userId) : undefined;
  if (!user) {
    // A failed login is an HTTP 500 SOAP fault, as for every SOAP API fault.
    return { status: 500, xml: fault('INVALID_LOGIN', 'Invalid username, password, security token; or user locked out.', 'LoginFault') };
  }
  const session = await openSession(store, user.Id);
  const orgId = openSalesforceData(store).data.orgId;
  const userInfo = userInfoXml(orgId, user);
  return {
    status: 200,
    xml: envelope(
      `<loginResponse><result>${tag('metadataServerUrl', `${origin}/services/Soap/m/${version}/${orgId}`)}${tag('passwordExpired', false)}${tag('sandbox', false)}` +
        `${tag('serverUrl', `${origin}/services/Soap/u/${version}/${orgId}`)}${tag('sessionId', session.sessionId)}${tag('userId', user.Id)}<userInfo>${userInfo}</userInfo></result></loginResponse>`,
    ),
  };
}

export async function soapLogout(store: Store, sessionId: string | undefined): Promise<string> {
  if (sessionId) await endSession(store, sessionId);
  return envelope('<logoutResponse/>');
}
