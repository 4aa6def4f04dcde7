import type { HttpOptions } from '../http/http';

/**
 * An instance and how to sign in. Inside an instance (or on the local page) the base URL is ''
 * and no credentials are given: requests are relative and ride on the session cookie, with the
 * page's `X-UserToken` against CSRF.
 */
export interface ServiceNowConfig {
  instanceUrl: string;
  user?: string;
  password?: string;
  userToken?: string;
  http?: Omit<HttpOptions, 'crm'>;
}
