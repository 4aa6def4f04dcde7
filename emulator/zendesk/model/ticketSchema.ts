/**
 * The account's ticket fields and forms, as their APIs show them (snake_case fields).
 */
/** https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/ */
export interface TicketField {
  id: number;
  type: string;
  title: string;
  description: string;
  position: number;
  active: boolean;
  required: boolean;
  visible_in_portal: boolean;
  editable_in_portal: boolean;
  tag: string | null;
  regexp_for_validation: string | null;
  custom_field_options: { id: number; name: string; value: string; default: boolean }[];
  removable: boolean;
  created_at: string;
  updated_at: string;
}

/** https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_forms/ */
export interface TicketForm {
  id: number;
  name: string;
  display_name: string;
  position: number;
  active: boolean;
  default: boolean;
  end_user_visible: boolean;
  ticket_field_ids: number[];
  created_at: string;
  updated_at: string;
}
