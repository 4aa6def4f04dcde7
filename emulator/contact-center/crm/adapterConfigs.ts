import type { Config, DynamicsConfig, HttpOptions, SalesforceConfig, ServiceNowConfig, ZendeskConfig } from '../../../shared';

type Http = Omit<HttpOptions, 'crm'> | undefined;

/** Seeded credentials of the emulator's own CRMs, used when the admin configured no connection. */
const LOCAL = {
  salesforce: { username: 'agent@customercard.example', password: 'emulator', clientId: 'customer-card-local', clientSecret: 'emulator-secret' },
  servicenow: { user: 'admin', password: 'emulator' },
  zendesk: { email: 'admin@customercard.example', apiToken: 'emulator-token' },
  dynamics: { clientSecret: 'emulator-secret' },
};

/** How the Salesforce adapters reach the configured org, or the emulator's own Salesforce at `selfUrl`. */
export function salesforceConfig(config: Config, selfUrl: string, http: Http): SalesforceConfig {
  const salesforce = config.connections.salesforce;
  const auth = salesforce?.auth;
  return {
    instanceUrl: salesforce?.instanceUrl ?? selfUrl,
    apiVersion: salesforce?.apiVersion,
    accessToken: auth?.kind === 'access-token' ? auth.accessToken : undefined,
    login: !salesforce
      ? { loginUrl: selfUrl, ...LOCAL.salesforce }
      : auth?.kind === 'password'
        ? { loginUrl: salesforce.instanceUrl, username: auth.username, password: `${auth.password ?? ''}${auth.securityToken ?? ''}`, clientId: auth.clientId ?? '', clientSecret: auth.clientSecret ?? '' }
        : undefined,
    http,
  };
}

export function servicenowConfig(config: Config, selfUrl: string, http: Http): ServiceNowConfig {
  const servicenow = config.connections.servicenow;
  return servicenow ? { instanceUrl: servicenow.instanceUrl, user: servicenow.user, password: servicenow.password, http } : { instanceUrl: selfUrl, ...LOCAL.servicenow, http };
}

export function zendeskConfig(config: Config, selfUrl: string, http: Http): ZendeskConfig {
  const zendesk = config.connections.zendesk;
  return zendesk?.baseUrl ? { baseUrl: zendesk.baseUrl, email: zendesk.email, apiToken: zendesk.apiToken ?? '', http } : { baseUrl: selfUrl, ...LOCAL.zendesk, http };
}

/** Dynamics 365: the configured environment, or the emulator's own (also its token endpoint) with the seeded app. */
export function dynamicsConfig(config: Config, selfUrl: string, http: Http): DynamicsConfig | null {
  const dynamics = config.connections.dynamics;
  if (!dynamics) return null;
  const environmentUrl = dynamics.environmentUrl ?? selfUrl;
  const local = environmentUrl === selfUrl;
  return {
    environmentUrl,
    authorityUrl: dynamics.authorityUrl ?? (local ? selfUrl : 'https://login.microsoftonline.com'),
    tenant: dynamics.tenant,
    clientId: dynamics.clientId,
    clientSecret: dynamics.clientSecret ?? (local ? LOCAL.dynamics.clientSecret : ''),
    http,
  };
}
