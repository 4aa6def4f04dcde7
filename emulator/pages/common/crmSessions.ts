import type { Response } from 'express';
import { createSession as createSalesforceSession } from '../../salesforce/auth/sessions';
import type { ServiceContext } from '../../service';
import { createSession as createServiceNowSession, SESSION_COOKIE as SERVICENOW_COOKIE } from '../../servicenow/auth';

/** The demo agent's users in the emulated CRMs: one sign-in opens every local page. */
export const SALESFORCE_USER = 'agent@customercard.example';
export const SERVICENOW_USER = 'agent';

const cookieOptions = { httpOnly: true, sameSite: 'strict', path: '/' } as const;

/**
 * A browser signed in to an org carries `sid`, one signed in to an instance carries
 * `glide_session_store`; the local pages' components call the CRM APIs with them.
 * A CRM without the user (a trimmed demo story) leaves that CRM signed out.
 */
export async function openCrmSessions(context: ServiceContext, res: Response): Promise<void> {
  const salesforce = await createSalesforceSession(context.store, SALESFORCE_USER);
  if (salesforce) res.cookie('sid', salesforce.sessionId, cookieOptions);
  try {
    res.cookie(SERVICENOW_COOKIE, createServiceNowSession(context.store, SERVICENOW_USER), cookieOptions);
  } catch (error) {
    console.warn('[pages] no ServiceNow session:', error instanceof Error ? error.message : error);
  }
}
