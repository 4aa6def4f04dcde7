import type { HttpOptions } from '../http/http';

/** A Zendesk account (`https://{subdomain}.zendesk.com` or the emulator) and an API token. */
export interface ZendeskConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
  http?: Omit<HttpOptions, 'crm'>;
}
