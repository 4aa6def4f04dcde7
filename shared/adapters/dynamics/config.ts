import type { HttpOptions } from '../http/http';

/**
 * A Dataverse environment (`https://{org}.crm.dynamics.com` or the emulator) and the app
 * registration that signs in to it with the client-credentials grant. The token comes from
 * `{authorityUrl}/{tenant}/oauth2/v2.0/token` for the scope `{environmentUrl}/.default`
 * (https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth).
 */
export interface DynamicsConfig {
  environmentUrl: string;
  /** The identity platform: `https://login.microsoftonline.com` for real tenants. */
  authorityUrl: string;
  tenant: string;
  clientId: string;
  clientSecret: string;
  apiVersion?: string;
  http?: Omit<HttpOptions, 'crm'>;
}
