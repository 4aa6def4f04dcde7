const CRM_NAMES: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce', servicenow: 'ServiceNow', dynamics: 'Dynamics 365' };

/** A ticket's source as people name it: the CRM's product name, or a push source by its own name (`push-freshdesk` → freshdesk). */
export const sourceName = (crm: string) => CRM_NAMES[crm] ?? crm.replace(/^push-/, '');
