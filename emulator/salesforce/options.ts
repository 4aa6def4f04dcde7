import { fileURLToPath } from 'node:url';

/** What an operator can set on the Salesforce emulation, from the environment (Twelve-Factor). */
export interface SalesforceOptions {
  /** Folders of `*.connectedApp.json` metadata; the shipped one first. */
  connectedAppDirs: string[];
  /**
   * Session timeout: a session unused for this long answers INVALID_SESSION_ID. Salesforce's
   * default "Timeout value" in Session Settings is 2 hours.
   * https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm
   */
  sessionTimeoutMs: number;
  /** Host headers accepted besides the emulator's own address, localhost and 127.0.0.1 (with its port). */
  allowedHosts: string[];
}

export const CONNECTED_APPS_DIR = fileURLToPath(new URL('./connectedApps', import.meta.url));

const list = (value: string | undefined) => (value ?? '').split(/[,\s]+/).filter(Boolean);

export function salesforceOptions(env: NodeJS.ProcessEnv = process.env): SalesforceOptions {
  const minutes = env.SALESFORCE_SESSION_TIMEOUT_MINUTES ? Number(env.SALESFORCE_SESSION_TIMEOUT_MINUTES) : 120;
  if (!(minutes > 0)) throw new Error(`SALESFORCE_SESSION_TIMEOUT_MINUTES must be a positive number of minutes, got "${env.SALESFORCE_SESSION_TIMEOUT_MINUTES}"`);
  return {
    connectedAppDirs: [CONNECTED_APPS_DIR, ...list(env.SALESFORCE_CONNECTED_APPS)],
    sessionTimeoutMs: minutes * 60_000,
    allowedHosts: list(env.ALLOWED_HOSTS).map((h) => h.toLowerCase()),
  };
}
