import {
  createDynamicsAdapters,
  createSalesforceAdapters,
  createZendeskAdapters,
  createServiceNowAdapters,
  salesforceRecords,
  serviceNowRecords,
  type ActivitiesPort,
  type CasesPort,
  type Config,
  type Crm,
  type InteractionRecordsPort,
  type RecordsPort,
} from '../../../shared';
import { dynamicsConfig, salesforceConfig, servicenowConfig, zendeskConfig } from './adapterConfigs';
import { dynamicsProbe, salesforceProbe, serviceNowProbe, zendeskProbe, type SchemaProbe } from './schemaProbe';

/** The ports of one connected CRM. */
export interface CrmConnection {
  crm: Crm;
  /** Where the CRM's record pages live: '' for the emulator's local pages, else the instance. */
  pageBase: string;
  records: RecordsPort;
  /** The CRM's interaction record (a Task, an `interaction`); a CRM searched by the IVR only has none. */
  interactionRecords?: InteractionRecordsPort;
  /** Write-back on linked records; absent where the product writes nothing back (Zendesk). */
  activities?: ActivitiesPort;
  cases?: CasesPort;
  /** What the admin console asks of the CRM: an object's fields, one record. */
  probe: SchemaProbe;
}

export interface ConnectionOptions {
  /** The emulator's own origin: the CRMs used when the admin configured none. */
  selfUrl: string;
  /** The fetch each CRM's adapters use (Test lookup notes every request under the CRM that made it). */
  fetch?: (crm: Crm) => typeof fetch;
  /** Fields the IVR lookups return of each CRM object besides the card's own, asked at each lookup (the config may change). */
  lookupFields?: (crm: Crm, object: string) => readonly string[];
}

/**
 * The CRMs the contact center works with, primary first. With no connection configured it
 * uses the emulator's own Salesforce and ServiceNow over HTTP with the seeded credentials,
 * exactly as it would reach real orgs (never through the emulator's store).
 */
export function crmConnections(config: Config, options: ConnectionOptions): CrmConnection[] {
  const httpOf = (crm: Crm) => (options.fetch ? { fetch: options.fetch(crm) } : undefined);
  const { salesforce, servicenow } = config.connections;
  const none = !salesforce && !servicenow;
  const wanted = options.lookupFields;
  const lookupFieldsIn = (crm: Crm) => wanted && ((object: string) => wanted(crm, object));
  const connections: CrmConnection[] = [];
  if (salesforce || none) {
    const adapters = createSalesforceAdapters(salesforceConfig(config, options.selfUrl, httpOf('salesforce')));
    const records = salesforceRecords(adapters.api, { lookupFields: lookupFieldsIn('salesforce') });
    connections.push({ crm: 'salesforce', pageBase: salesforce?.instanceUrl ?? '', ...adapters, records, probe: salesforceProbe(adapters.api) });
  }
  if (servicenow || none) {
    const adapters = createServiceNowAdapters(servicenowConfig(config, options.selfUrl, httpOf('servicenow')));
    const records = serviceNowRecords(adapters.table, { lookupFields: lookupFieldsIn('servicenow') });
    connections.push({ crm: 'servicenow', pageBase: servicenow?.instanceUrl ?? '', ...adapters, records, probe: serviceNowProbe(adapters.table) });
  }
  // Dynamics 365 and Zendesk join the IVR's lookups once the admin connects them (issue 19).
  const dynamics = dynamicsConfig(config, options.selfUrl, httpOf('dynamics'));
  if (dynamics) {
    const adapters = createDynamicsAdapters(dynamics, { lookupFields: lookupFieldsIn('dynamics') });
    connections.push({ crm: 'dynamics', pageBase: dynamics.environmentUrl === options.selfUrl ? '' : dynamics.environmentUrl, records: adapters.records, activities: adapters.activities, probe: dynamicsProbe(adapters.api) });
  }
  if (config.connections.zendesk) {
    const adapters = createZendeskAdapters(zendeskConfig(config, options.selfUrl, httpOf('zendesk')));
    connections.push({ crm: 'zendesk', pageBase: config.connections.zendesk.baseUrl ?? '', records: adapters.records, probe: zendeskProbe(adapters.api) });
  }
  return connections;
}

/** The local page of a record, where the agent's screen pop goes (§7.6). */
export function recordPageUrl(connection: Pick<CrmConnection, 'crm' | 'pageBase'>, object: string, id: string): string {
  const base = connection.pageBase.replace(/\/$/, '');
  if (connection.crm === 'servicenow') return `${base}/now/cwf/agent/record/${object}/${id}`;
  // The model-driven app's form URL (https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url).
  if (connection.crm === 'dynamics') return `${base}/main.aspx?pagetype=entityrecord&etn=${encodeURIComponent(object)}&id=${encodeURIComponent(id)}`;
  if (connection.crm === 'zendesk') return `${base}/agent/${object === 'ticket' ? 'tickets' : object === 'organization' ? 'organizations' : 'users'}/${id}`;
  return `${base}/lightning/r/${object}/${id}/view`;
}
