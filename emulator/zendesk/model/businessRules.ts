/**
 * Webhooks and the triggers that call them, as their APIs show them (snake_case fields).
 */
/** https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/ */
export interface Webhook {
  id: string;
  name: string;
  description: string;
  endpoint: string;
  http_method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  request_format: 'json' | 'xml' | 'form_encoded';
  status: 'active' | 'inactive';
  subscriptions: string[];
  /** Kept in clear: the emulator must sign each request with it. */
  signing_secret: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface TriggerCondition {
  field: string;
  operator: string;
  value: unknown;
}

/** https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/ */
export interface Trigger {
  id: number;
  title: string;
  description: string | null;
  active: boolean;
  position: number;
  conditions: { all: TriggerCondition[]; any: TriggerCondition[] };
  actions: { field: string; value: unknown }[];
  category_id: string | null;
  created_at: string;
  updated_at: string;
}
