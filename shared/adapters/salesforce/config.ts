import type { HttpOptions } from '../http/http';

/** OAuth 2.0 username-password flow credentials of a connected app. */
export interface SalesforceLogin {
  /** `https://login.salesforce.com`, `https://test.salesforce.com` or the emulator's origin. */
  loginUrl: string;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

/** Where and how to reach an org: a ready access token, or a login to get (and renew) one. */
export interface SalesforceConfig {
  /** The org's instance URL; a login answers its own `instance_url`, which then wins. */
  instanceUrl?: string;
  accessToken?: string;
  login?: SalesforceLogin;
  apiVersion?: string;
  http?: Omit<HttpOptions, 'crm'>;
}

export const DEFAULT_API_VERSION = '62.0';
